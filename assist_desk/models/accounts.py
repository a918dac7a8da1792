"""Portal accounts: the create payloads of the six profiles, the account, sessions.

The create payload is a discriminated union on ``profile`` (:data:`AccountCreate`).
Field checks raise the codes of :mod:`assist_desk.models.problem`, so a UI may
pre-check a form with these models and show the same messages as for the portal's
answer. Passwords and access tokens are ``SecretStr``: never shown in a ``repr``
or a log line.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    SecretStr,
    StrictInt,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
)

from assist_desk.models import checks
from assist_desk.models.common import ApiModel, Profile, ResourceId, ResponseModel
from assist_desk.models.terms import TermsAcceptanceCreate


def _reveal(secret: SecretStr) -> str:
    return secret.get_secret_value()


#: A secret the portal *gives* (a token): hidden from repr, plain in JSON. Its schema is a
#: plain string; SecretStr's own says writeOnly, which forbids it in an answer.
AnsweredSecret = Annotated[
    SecretStr,
    PlainSerializer(_reveal, return_type=str, when_used="json"),
    WithJsonSchema({"type": "string"}),
]


Email = Annotated[
    str,
    Field(
        max_length=254,
        description="E-mail address (syntax checked; one script per part).",
        # minLength only in the contract: an empty address is refused as "required".
        json_schema_extra={"format": "email", "minLength": 3},
    ),
    AfterValidator(checks.check_email),
]
#: A calendar date sent as an ISO ``YYYY-MM-DD`` string, nothing else (no ``0`` as
#: 1970-01-01, no timestamp: review finding L2).
IsoDate = Annotated[date, BeforeValidator(checks.iso_date_text)]
Password = Annotated[
    SecretStr,
    Field(
        min_length=1,
        max_length=checks.PASSWORD_MAX,
        description="At least 12 characters mixing three of: lower, upper, digits, symbols.",
    ),
    AfterValidator(checks.check_secret_characters),
    PlainSerializer(_reveal, return_type=str, when_used="json"),
]
Name = Annotated[str, Field(min_length=1, max_length=100), AfterValidator(checks.check_name)]
Siret = Annotated[
    str,
    Field(min_length=14, max_length=20, description="SIRET (14 digits; spaces allowed)."),
    AfterValidator(checks.check_siret),
]
ApprovalNumber = Annotated[
    str,
    Field(min_length=5, max_length=40, description="Prefectoral approval number."),
    AfterValidator(checks.check_approval_number),
]
PrefectureAuthorisation = Annotated[
    str,
    Field(min_length=6, max_length=32, description="SIV authorisation reference."),
    AfterValidator(checks.check_prefecture_authorisation),
]
Department = Annotated[
    str,
    Field(min_length=2, max_length=3, description="Département code (01-95, 2A, 2B, 971-976)."),
    AfterValidator(checks.check_department),
]
InseeCode = Annotated[
    str,
    Field(min_length=5, max_length=5, description="Commune INSEE code."),
    AfterValidator(checks.check_insee_code),
]
Phone = Annotated[str, Field(min_length=9, max_length=20), AfterValidator(checks.check_phone)]


def _profile_required(schema: dict[str, Any]) -> None:
    """``profile`` is the discriminator: required in the contract (review L1, ST202).

    Only in the models that have one: an activation or a password reset has no
    ``profile``, and requiring it there would make every valid request schema-invalid.
    """
    properties = schema.get("properties", {})
    if "profile" not in properties:
        return
    properties["profile"].pop("default", None)
    schema["required"] = ["profile", *(r for r in schema.get("required", []) if r != "profile")]


#: "I have read the Terms of Use": the version and hash shown to the person, sent with
#: the creation itself (ToU 1.1, 1.5: no account without it; review finding M12).
TermsConsent = Annotated[
    TermsAcceptanceCreate,
    Field(description="The Terms of Use version the person ticked, with its hash."),
]


class _CreateModel(ApiModel):
    model_config = ConfigDict(json_schema_extra=_profile_required)


class _WithPassword(_CreateModel):
    @field_validator("password", check_fields=False)
    @classmethod
    def _check_password(cls, value: SecretStr | None, info: ValidationInfo) -> SecretStr | None:
        if value is None:  # optional (an activation's password)
            return None
        email = info.data.get("email")
        checks.check_password(value.get_secret_value(), email if isinstance(email, str) else None)
        return value


class IndividualAccountCreate(_WithPassword):
    """Profile 1: a private person (then an activation link by e-mail)."""

    profile: Literal[Profile.INDIVIDUAL] = Profile.INDIVIDUAL
    email: Email
    given_names: Name = Field(description="All first names, as on the civil status.")
    family_name: Name = Field(description="Birth name.")
    usage_name: Name | None = Field(default=None, description="Usage name, if any.")
    birth_date: Annotated[IsoDate, AfterValidator(checks.check_birth_date)]
    birth_place: Annotated[str, Field(min_length=1, max_length=100)] | None = None
    gender: Literal["female", "male"] | None = None
    password: Password
    terms: TermsConsent


class SivProfessionalAccountCreate(_CreateModel):
    """Profile 2: an automotive professional authorised on the SIV by its prefecture.

    No password: once the prefecture validates, the portal e-mails the connection
    procedure.
    """

    profile: Literal[Profile.SIV_PROFESSIONAL] = Profile.SIV_PROFESSIONAL
    email: Email
    company_name: Name
    siret: Siret
    prefecture_authorisation: PrefectureAuthorisation
    department: Department = Field(description="Département of the authorising prefecture.")
    contact_name: Name
    phone: Phone | None = None
    terms: TermsConsent


#: The ToU (1.5) ask driving schools and CSSRs for an e-mail and an approval number only.
OptionalSiret = Annotated[
    Siret | None,
    Field(description="Not asked by the portal's form (ToU 1.5); checked when given."),
]


class DrivingSchoolAccountCreate(_WithPassword):
    """Profile 3: a driving school (e-mail, approval number, then an activation link)."""

    profile: Literal[Profile.DRIVING_SCHOOL] = Profile.DRIVING_SCHOOL
    email: Email
    establishment_name: Name
    approval_number: ApprovalNumber
    siret: OptionalSiret = None
    password: Password
    terms: TermsConsent


class RoadSafetyCentreAccountCreate(_WithPassword):
    """Profile 4: a road-safety training centre (CSSR)."""

    profile: Literal[Profile.ROAD_SAFETY_CENTRE] = Profile.ROAD_SAFETY_CENTRE
    email: Email
    establishment_name: Name
    approval_number: ApprovalNumber
    siret: OptionalSiret = None
    password: Password
    terms: TermsConsent


class TownHallDrAccountRequest(_CreateModel):
    """Profile 5: a town hall with fingerprint scanners (DR) asks the agency for an account.

    Not self-service: the answer is a request id and what happens next.
    """

    profile: Literal[Profile.TOWN_HALL_DR] = Profile.TOWN_HALL_DR
    email: Email = Field(description="An e-mail address the agency can write to and read.")
    commune_name: Name
    insee_code: InseeCode
    contact_name: Name
    fingerprint_stations: StrictInt = Field(
        default=1, ge=1, le=50, description="Number of DR stations."
    )
    message: Annotated[str, Field(max_length=2000), AfterValidator(checks.check_text)] | None = None
    terms: TermsConsent


class LegalEntityAccountCreate(_WithPassword):
    """Profile 6: another legal entity (company, association…)."""

    profile: Literal[Profile.LEGAL_ENTITY] = Profile.LEGAL_ENTITY
    email: Email
    organisation_name: Name
    siret: Siret
    password: Password
    terms: TermsConsent


AccountCreate = Annotated[
    IndividualAccountCreate
    | SivProfessionalAccountCreate
    | DrivingSchoolAccountCreate
    | RoadSafetyCentreAccountCreate
    | TownHallDrAccountRequest
    | LegalEntityAccountCreate,
    Field(discriminator="profile"),
]

#: The create payload class of each profile.
CREATE_MODELS: dict[Profile, type[ApiModel]] = {
    Profile.INDIVIDUAL: IndividualAccountCreate,
    Profile.SIV_PROFESSIONAL: SivProfessionalAccountCreate,
    Profile.DRIVING_SCHOOL: DrivingSchoolAccountCreate,
    Profile.ROAD_SAFETY_CENTRE: RoadSafetyCentreAccountCreate,
    Profile.TOWN_HALL_DR: TownHallDrAccountRequest,
    Profile.LEGAL_ENTITY: LegalEntityAccountCreate,
}


class AccountStatus(StrEnum):
    """Where an account stands."""

    PENDING_ACTIVATION = "pending_activation"  #: waiting for the e-mail link
    PENDING_PREFECTURE_VALIDATION = "pending_prefecture_validation"  #: SIV professional
    ACTIVE = "active"
    REQUEST_RECEIVED = "request_received"  #: town hall (DR): the agency will answer
    REFUSED = "refused"  #: the prefecture refused the SIV authorisation
    #: the agency suspended the account (ToU 1.11), or the prefecture the SIV authorisation
    SUSPENDED = "suspended"


class NextStep(StrEnum):
    """What the account holder does next (the UI words it in the citizen's language)."""

    CHECK_EMAIL = "check_email"  #: follow the activation link in the e-mail
    AWAIT_PREFECTURE = "await_prefecture"  #: the prefecture validates, then an e-mail
    AWAIT_AGENCY_REPLY = "await_agency_reply"  #: the agency answers the request by e-mail
    CONTACT_PREFECTURE = "contact_prefecture"  #: refused: see the prefecture
    SIGN_IN = "sign_in"  #: the account is ready
    AWAIT_SUSPENSION_END = "await_suspension_end"  #: see the agency's e-mail (reason, end)


class Account(ResponseModel):
    """An account as the portal reports it to its owner."""

    id: ResourceId
    profile: Profile
    status: AccountStatus
    next_step: NextStep
    email: str
    display_name: str
    created: datetime
    activated: datetime | None = None
    franceconnect: bool = Field(default=False, description="Signed up through FranceConnect.")
    terms_accepted_version: str | None = None
    terms_accepted_at: datetime | None = None
    terms_current: bool = Field(
        default=False, description="The last accepted Terms of Use version is the current one."
    )
    suspended_until: datetime | None = Field(
        default=None, description="A suspended account comes back at this time."
    )
    suspension_reason: str | None = Field(
        default=None, description="Why the account is suspended (the agency's words, French)."
    )


class Session(ResponseModel):
    """An owner's session on one account (kept in memory by the client, never stored)."""

    account_id: ResourceId
    access_token: AnsweredSecret = Field(description="Bearer token for the account's owner.")
    expires: datetime


class AccountCreated(ResponseModel):
    """Answer to an account creation: the account, and how to follow it until it is active.

    A new account is not active (activation link, prefecture or agency first): it gets
    no session (ToU 1.5; review finding M12). ``status_token`` only reads this account
    (``GET /v1/accounts/{id}`` with ``Authorization: Bearer``) and withdraws it while
    it is not active (``DELETE``); its holder signs in once the account is active.
    """

    account: Account
    session: Session | None = Field(
        default=None, description="Only for an account already active (none today)."
    )
    status_token: AnsweredSecret | None = Field(
        default=None, description="Reads the account's status until it is active."
    )


class ActivationRequest(_WithPassword):
    token: Annotated[str, Field(min_length=16, max_length=128, pattern=r"^[A-Za-z0-9_-]+$")]
    password: Password | None = Field(
        default=None,
        description=(
            "Required for accounts created without a password (SIV professionals, town "
            "halls): the password they will sign in with. Ignored otherwise."
        ),
    )


class ActivationEmailSent(ResponseModel):
    """Answer to 'send the activation e-mail again'."""

    account_id: ResourceId
    sent: datetime
    next_allowed: datetime = Field(description="No new resend before this time.")


class PasswordResetRequest(ApiModel):
    """ "Forgot password": the portal e-mails a reset link if an account uses ``email``."""

    email: Email


class PasswordResetSent(ResponseModel):
    """The same answer whether or not an account uses the address (no account oracle)."""

    sent: datetime
    link_valid_minutes: int = Field(description="The e-mailed link works once, this long.")


class PasswordResetComplete(_WithPassword):
    """The e-mailed reset token and the new password."""

    token: Annotated[str, Field(min_length=16, max_length=128, pattern=r"^[A-Za-z0-9_-]+$")]
    password: Password


class PasswordResetDone(ResponseModel):
    """The password is changed; every session of the account has ended: sign in again."""

    account_id: ResourceId
    changed: datetime


class SignInRequest(ApiModel):
    email: Email
    password: Annotated[
        SecretStr,
        Field(min_length=1, max_length=checks.PASSWORD_MAX),
        AfterValidator(checks.check_secret_characters),
        PlainSerializer(_reveal, return_type=str, when_used="json"),
    ]


class FranceConnectStart(ResponseModel):
    """A FranceConnect round trip begun: open ``authorize_url`` in the browser."""

    id: ResourceId
    authorize_url: str
    expires: datetime
    poll_secret: AnsweredSecret = Field(
        description=(
            "Send it as `X-Poll-Secret` to read the result: the attempt id travels through "
            "the browser, this secret only to the caller."
        )
    )


class FranceConnectStatus(StrEnum):
    PENDING = "pending"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    EXPIRED = "expired"


class FranceConnectResult(ResponseModel):
    """Where a FranceConnect round trip stands; once completed, the signed-in account."""

    id: ResourceId
    status: FranceConnectStatus
    account: Account | None = None
    session: Session | None = None
