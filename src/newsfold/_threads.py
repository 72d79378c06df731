"""One BLAS thread per process, set before numpy loads (this module is the package's first import).

natasha's and the parser's small matrices run slower, not faster, on several threads (natasha about ten times
slower on two cores, measured); newsfold runs in parallel across articles instead ([nlp] workers). A value the user
set is kept.
"""

from __future__ import annotations

import os

for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")
