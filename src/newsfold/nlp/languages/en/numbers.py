"""English number words: cardinals, tens, and the words news copy counts with ("a dozen", "a couple")."""

from __future__ import annotations

CARDINALS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
             "seventeen eighteen nineteen").split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMBER_WORDS: dict[str, float] = (
    {word: i for i, word in enumerate(CARDINALS)}
    | {"a": 1, "an": 1, "couple": 2, "a couple": 2, "dozen": 12, "a dozen": 12, "half a dozen": 6, "half a": .5,
       "half an": .5, "a half": .5}
    | {word: 10 * i for i, word in enumerate(TENS, 2)}
    | {"hundred": 100, "a hundred": 100}
)
