"""The one exception tree of newsfold; every message says what to do next.

    NewsfoldError
    ├── ConfigError      bad settings file or flag value
    │   └── PipelineError    a stage list that cannot run (a stage needs what no earlier stage produces)
    ├── StoreError       the database cannot be opened, or its schema is newer than this newsfold
    │   └── DatabaseBusyError    another run holds the database's run lock
    ├── InputError       nothing could be ingested from the paths given
    └── MissingDependencyError    an optional extra is not installed (also an ImportError)
"""


class NewsfoldError(Exception):
    """Base class: the CLI prints the message on one line and exits non-zero."""


class ConfigError(NewsfoldError):
    pass


class PipelineError(ConfigError):
    pass


class StoreError(NewsfoldError):
    pass


class DatabaseBusyError(StoreError):
    pass


class InputError(NewsfoldError):
    pass


class MissingDependencyError(NewsfoldError, ImportError):
    pass
