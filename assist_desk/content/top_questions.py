"""The questions "Questions & answers" shows first (O-1 of the screen review).

``top_questions.toml`` lists them, in order, each with the reason it is there. The
help point keeps no usage figures (nothing a citizen does is kept), so the list is
curated, never counted: the screen titles it "Frequent questions", not "most asked",
and the file says where each choice comes from. Without the file there is no such
list (an older or a local pack).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from pydantic import Field, ValidationError, field_validator

from assist_desk.content.schema import Identifier, Strict

FILE_NAME = "top_questions.toml"
#: At most this many come first (the review's "6 most asked questions first").
MOST = 6


class TopQuestion(Strict):
    id: Identifier
    #: Why this question is here: the frequent help-point question it answers.
    reason: str = Field(min_length=1)


class TopQuestionsFile(Strict):
    #: Where the choice comes from (a review, a guide): never usage figures.
    source: str = Field(min_length=1)
    questions: list[TopQuestion] = Field(min_length=1, max_length=MOST)

    @field_validator("questions")
    @classmethod
    def _once_each(cls, questions: list[TopQuestion]) -> list[TopQuestion]:
        ids = [question.id for question in questions]
        repeated = sorted({qid for qid in ids if ids.count(qid) > 1})
        if repeated:
            raise ValueError(f"listed more than once: {', '.join(repeated)}")
        return questions


def read_top_questions(directory: Path, faq_ids: list[str], problems: list[str]) -> list[str]:
    """The ids to show first, in order; each problem (bad file, unknown id) is added
    to ``problems`` and gives an empty list."""
    path = directory / FILE_NAME
    if not path.exists():
        return []
    try:
        parsed = TopQuestionsFile.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        problems.append(f"{FILE_NAME}: not valid TOML ({error})")
        return []
    except ValidationError as error:
        for item in error.errors():
            where = ".".join(str(part) for part in item["loc"]) or "file"
            message = str(item["msg"]).removeprefix("Value error, ")
            problems.append(f"{FILE_NAME}: {where}: {message}")
        return []
    known = set(faq_ids)
    unknown = [question.id for question in parsed.questions if question.id not in known]
    if unknown:
        problems.append(f"{FILE_NAME}: no FAQ entry with the id {', '.join(unknown)}")
        return []
    return [question.id for question in parsed.questions]
