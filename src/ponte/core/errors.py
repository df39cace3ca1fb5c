"""One error hierarchy for everything a person using Ponte can meet.

Each class's docstring is the sentence shown to her: what happened and what to do, whole
(magic-wormhole's errors, Electrum's ``UserFacingException``). It is written in English as
the translation source; the desktop translates it (context ``"errors"``), the CLI prints it.
A sentence may hold numbers as ``%1``, ``%2`` (``params``), filled in after translation.

``detail`` is for the log, the CLI and the hub's JSON answer (ids, counts, file paths, never
personal data): it is never appended to the sentence a person reads in the app, so no
English is ever tacked onto an Italian sentence. A failure that needs its own words gets its
own class. Programmer errors are not ``PonteError``: they are bugs (``ValueError``,
``TypeError``…), logged with a traceback and shown as :class:`InternalError`'s sentence.
``kind`` belongs to the class and is never changed on an instance.
"""

from __future__ import annotations

import inspect
from typing import ClassVar


class PonteError(Exception):
    """Something went wrong. Nothing was changed; please try again."""

    #: Stable machine-readable kind, used by the CLI exit codes, the hub's JSON errors and tests.
    kind: ClassVar[str] = "error"

    def __init__(self, detail: str | None = None, *, params: tuple[object, ...] = ()) -> None:
        self.detail = detail
        self.params = tuple(str(p) for p in params)
        super().__init__(self.technical())

    @classmethod
    def sentence(cls) -> str:
        """The user-facing sentence (the class docstring, dedented, on one line)."""
        doc = inspect.getdoc(cls) or PonteError.__doc__ or ""
        return " ".join(doc.split("\n\n")[0].split())

    def user_message(self, translated: str | None = None) -> str:
        """The whole sentence a person reads (``translated``: the sentence in her language),
        with its numbers filled in. Never the detail."""
        text = self.sentence() if translated is None else translated
        for i, value in enumerate(self.params, 1):
            text = text.replace(f"%{i}", value)
        return text

    def technical(self) -> str:
        """The sentence and the detail, for logs, the CLI and the hub's answers."""
        message = self.user_message()
        return f"{message} ({self.detail})" if self.detail else message


class InternalError(PonteError):
    """Ponte met an unexpected problem. Nothing was lost; the details are in the log."""

    kind = "internal"


class UserCancelled(PonteError):
    """The operation was cancelled."""

    kind = "cancelled"


# ---------------------------------------------------------------- vault
class VaultError(PonteError):
    """The case vault could not be used."""

    kind = "vault"


class WrongPassphrase(VaultError):
    """The account or passphrase is not right. Check it and try again."""

    kind = "wrong_passphrase"


class TooManyAttempts(VaultError):
    """Too many wrong passphrases. Wait a moment before trying again."""

    kind = "too_many_attempts"


class VaultNotFound(VaultError):
    """No vault was found in this data folder. Create one, or choose the right folder."""

    kind = "vault_not_found"


class VaultExists(VaultError):
    """A vault already exists in this data folder. Nothing was overwritten."""

    kind = "vault_exists"


class VaultCorrupt(VaultError):
    """A vault file is damaged or truncated. Nothing was changed: restore from a backup or ask for help."""

    kind = "vault_corrupt"


class VaultLocked(VaultError):
    """The vault is locked. Sign in again to continue."""

    kind = "vault_locked"


class VaultTooNew(VaultError):
    """This vault was made by a newer version of Ponte. Update Ponte to open it."""

    kind = "vault_too_new"


class IntegrityError(VaultError):
    """The vault check found a problem. Do not delete anything; restore from a backup or ask for help."""

    kind = "integrity"


class AuditChainBroken(IntegrityError):
    """The audit log has been altered or damaged. Keep this computer as it is and ask for help."""

    kind = "audit_chain"


class PermissionDenied(VaultError):
    """Your role does not allow this. Ask a coordinator or an administrator."""

    kind = "permission"


class AccountError(VaultError):
    """That account cannot be used this way."""

    kind = "account"


class RecoveryError(VaultError):
    """The recovery key or shares are not right. Check each word or group and try again."""

    kind = "recovery"


class RecoveryKeyMistyped(RecoveryError):
    """The recovery key has a mistyped group. Compare each group with the paper copy and try again."""

    kind = "recovery_key_mistyped"


class ShareWordUnknown(RecoveryError):
    """A word of this share is not in the list of share words. Check its spelling against the paper."""

    kind = "share_word_unknown"

    def __init__(self, position: int) -> None:
        super().__init__()
        self.position = position  # which word (from 1), to point at it on screen


class ShareIncomplete(RecoveryError):
    """This share does not have the right number of words. Check for a missing or doubled word."""

    kind = "share_incomplete"


class ShareMistyped(RecoveryError):
    """This share has a mistyped word: its check words do not match. Compare it word by word with the paper."""

    kind = "share_mistyped"


class ShareRepeated(RecoveryError):
    """This share was already entered. Enter the share of another custodian."""

    kind = "share_repeated"


class ShareFromAnotherSet(RecoveryError):
    """This share belongs to another set of shares. Use the shares handed out together for this vault."""

    kind = "share_other_set"


class UnknownAccount(AccountError):
    """There is no account with that name on this workstation. Check the name and try again."""

    kind = "unknown_account"


class BackupError(VaultError):
    """The backup could not be read or written. The vault was not changed."""

    kind = "backup"


class DiskFull(VaultError):
    """The disk is full. Nothing was lost; free some space and try again."""

    kind = "disk_full"


class FileWriteError(PonteError):
    """The file could not be written. Choose another folder or check the drive; nothing else was changed."""

    kind = "file_write"


class NotFound(PonteError):
    """The record was not found. It may have been erased or purged."""

    kind = "not_found"


class ValidationError(PonteError):
    """Some fields are not valid. Check the highlighted fields."""

    kind = "validation"


class UsageError(PonteError):
    """The command is missing something or has a wrong option: see the line below, or --help."""

    kind = "usage"


class NoFileChosen(ValidationError):
    """Choose a file first."""

    kind = "no_file"


class PassphraseTooShort(ValidationError):
    """A passphrase needs at least %1 characters. Choose a longer one: a few words are easy to remember."""

    kind = "passphrase_short"


class PurposeMissing(ValidationError):
    """Write the purpose: her consent and the referral both name it."""

    kind = "purpose_missing"


class ConsentDates(ValidationError):
    """A consent must end after the day it was given. Check the two dates."""

    kind = "consent_dates"


class PeriodBackwards(ValidationError):
    """The period ends before it starts. Check the two dates."""

    kind = "period_backwards"


class WomanCodeMissing(ValidationError):
    """Enter the woman's code first."""

    kind = "woman_code_missing"


class ChildrenCountNegative(ValidationError):
    """The number of children cannot be negative."""

    kind = "children_negative"


class MinorsExceedChildren(ValidationError):
    """Her children under 18 cannot be more than all her children. Check the two numbers."""

    kind = "minors_exceed_children"


class ClosureReasonMissing(ValidationError):
    """A closed case needs a reason for closing. Choose one."""

    kind = "closure_reason_missing"


class NoteEmpty(ValidationError):
    """The note is empty. Write something before adding it."""

    kind = "note_empty"


class StepMoveNotAllowed(ValidationError):
    """This step cannot move to that state from where it is now. Nothing was changed."""

    kind = "step_move"


class RetentionOutOfRange(ValidationError):
    """How long records are kept must be between %1 and %2 days."""

    kind = "retention_range"


class DocumentLimitOutOfRange(ValidationError):
    """The largest document allowed must be between %1 MB and %2 MB."""

    kind = "document_limit_range"


class DocumentNameMissing(ValidationError):
    """The document needs a file name."""

    kind = "document_name_missing"


class FieldNeverSent(ValidationError):
    """This field never leaves the centre, whatever the reason."""

    kind = "field_never_sent"


class FieldAlreadyIn(ValidationError):
    """This field is already in the referral."""

    kind = "field_already_in"


class FieldNotForService(ValidationError):
    """This field is not for this kind of service."""

    kind = "field_not_for_service"


class FieldNeedsReason(ValidationError):
    """A field outside the minimum needs a reason. Write why this service needs it, then add it again."""

    kind = "field_needs_reason"


class FieldsWithoutValue(ValidationError):
    """Some fields have no value, or too long a value: they are marked in the list. Fill them in or remove them."""

    kind = "fields_without_value"

    def __init__(self, fields: list[str]) -> None:
        super().__init__(", ".join(fields))
        self.fields = tuple(fields)


class AnswerNotAllowed(ValidationError):
    """This referral cannot be answered that way now: it was withdrawn, or already has that answer. Nothing was sent."""

    kind = "answer_not_allowed"


class PartnerNoteTooLong(ValidationError):
    """The note must be one line of plain text, at most %1 characters."""

    kind = "partner_note"


class AppointmentNeedsAcceptance(ValidationError):
    """A next appointment goes only with “accepted” or “in progress”."""

    kind = "appointment_answer"


class ConsentMissing(PonteError):
    """There is no valid consent for this recipient and purpose. Record her consent first."""

    kind = "consent_missing"


class ConsentTooNarrow(ConsentMissing):
    """Her consent does not cover every field of this referral. Remove those fields or record a new consent."""

    kind = "consent_too_narrow"


class NotConnected(PonteError):
    """This workstation has not joined the network yet. An administrator can join it with the file from the network's coordinators (Join the network)."""

    kind = "not_connected"


# ---------------------------------------------------------------- the centre's workstations
class WorkstationError(PonteError):
    """This workstation cannot do that with the centre's other workstations."""

    kind = "workstation"


class AlreadyJoined(WorkstationError):
    """This workstation is already one of the centre's workstations. Nothing was changed."""

    kind = "already_joined"


class NotJoined(WorkstationError):
    """This workstation is not one of the centre's workstations yet. Join it first (Workstations)."""

    kind = "not_joined"


class JoinNeedsEmptyVault(WorkstationError):
    """Only a workstation with no cases yet can join a centre. Nothing was changed."""

    kind = "join_needs_empty"


class WorkstationRemoved(WorkstationError):
    """This workstation was removed from the centre. It can join again only as a new workstation."""

    kind = "workstation_removed"


class WorkstationIdTaken(WorkstationError):
    """Another workstation already uses this workstation's identity. Nothing was changed; ask for help."""

    kind = "workstation_id_taken"


class InvitationForAnother(WorkstationError):
    """This invitation was made for another workstation. Use the file made for this one."""

    kind = "invitation_for_another"


class FollowUpConsentMissing(ConsentMissing):
    """She has not agreed to be contacted after her path closed, so there is no follow-up. Record her consent first, if she gives it."""

    kind = "followup_consent_missing"


class OutcomeNotAValue(ValidationError):
    """This value is not one of the choices for this field. Choose one from the list."""

    kind = "outcome_not_a_value"


class HiringNeedsContract(ValidationError):
    """A hiring needs its type of contract. Choose one."""

    kind = "hiring_needs_contract"


class ContractOnlyWithHiring(ValidationError):
    """Only a hiring has a type of contract. Leave the contract empty."""

    kind = "contract_only_with_hiring"


class PartnerOutcomeDoesNotFit(ValidationError):
    """What came of the referral does not fit this answer: say it only with “in progress” or “done”."""

    kind = "partner_outcome_does_not_fit"


class OutcomeNeedsClosedCase(ValidationError):
    """Her situation at closure and after is recorded once her case is closed. Close the case first."""

    kind = "outcome_needs_closed_case"


class NotReachedOnlyFollowUp(ValidationError):
    """Only a follow-up can be recorded as “not reached”."""

    kind = "not_reached_only_follow_up"


class NotReachedChangesNothing(ValidationError):
    """She was not reached, so nothing of her situation changes. Leave the values as they were."""

    kind = "not_reached_changes_nothing"


class AnswerAlreadyDecided(ValidationError):
    """This answer was already confirmed or set aside. Nothing was changed."""

    kind = "answer_already_decided"


class FollowUpConsentDates(ValidationError):
    """Her consent must end after the day she gave it. Check the dates."""

    kind = "follow_up_consent_dates"


class OutcomeDates(ValidationError):
    """These dates do not fit her path: intake, closure and the follow-ups come in this order, a follow-up comes after the closure, and a change cannot be dated after the day it was learned."""

    kind = "outcome_dates"


class DocumentTypeNotAllowed(ValidationError):
    """This type of file cannot be kept with a case. Scan the document as PDF, PNG, JPEG or TIFF and add it again."""

    kind = "document_type"


class DocumentTooLarge(ValidationError):
    """The document is larger than the vault allows. Scan it at a lower resolution, or ask an administrator to raise the limit."""

    kind = "document_too_large"


class AttachmentNotAllowed(ValidationError):
    """Only PDF, PNG and JPEG documents can travel with a referral. Convert the scan and add it again."""

    kind = "attachment_type"


class AttachmentTooLarge(ValidationError):
    """The document is too large to travel with a referral (about 3 MB at most). Attach a smaller scan."""

    kind = "attachment_too_large"


# ---------------------------------------------------------------- centre fields and imports
class FieldDefinitionError(ValidationError):
    """This field cannot be saved this way: check its name, its labels and its list of choices."""

    kind = "field_definition"


class FieldValueError(ValidationError):
    """A value does not fit its field (a number, a date, yes/no or one of the choices). Check it and save again."""

    kind = "field_value"


class RequiredFieldMissing(ValidationError):
    """Some fields the centre made required are empty. Fill them in and save again."""

    kind = "required_missing"


class FieldLocked(ValidationError):
    """This standard field cannot be hidden or changed: the statistics, the ISTAT export or referrals depend on it."""

    kind = "field_locked"


class FieldTypeFixed(ValidationError):
    """The type of a field cannot change once cases have a value in it. Create a new field and retire this one."""

    kind = "field_type_fixed"


class ImportFileError(PonteError):
    """The file could not be read as a spreadsheet. Save it as Excel (.xlsx) or as CSV and try again."""

    kind = "import_file"


class ImportEncodingError(ImportFileError):
    """The letters in this file could not be read. Save it again as “CSV UTF-8” and try again."""

    kind = "import_encoding"


class ImportTooLarge(ImportFileError):
    """The file is too large to import at once. Split it into files of at most 200,000 rows and 100 MB."""

    kind = "import_too_large"


class ImportHasProblems(ValidationError):
    """Some rows cannot be imported and nothing was imported. Correct them, or choose to leave them out."""

    kind = "import_problems"


# ---------------------------------------------------------------- packets
class PacketError(PonteError):
    """The packet was refused: it is damaged or not meant for this service."""

    kind = "packet"


class MalformedPacket(PacketError):
    """The packet is damaged or not a Ponte packet. Ask the sender to send it again."""

    kind = "malformed"


class NonCanonicalHeader(PacketError):
    """The packet header is not in canonical form. Ask the sender to update Ponte."""

    kind = "non_canonical_header"


class OversizePacket(PacketError):
    """The packet is larger than Ponte allows. Ask the sender to send less."""

    kind = "oversize"


class UnsupportedPacket(PacketError):
    """The packet uses a version or cipher suite this Ponte does not know. Update Ponte."""

    kind = "unsupported"


class UnknownSender(PacketError):
    """The packet's sender is not in the network directory. Refresh the directory or ask the hub administrator."""

    kind = "unknown_sender"


class BadSignature(PacketError):
    """The packet's signature is not valid: it may have been altered. It was not opened."""

    kind = "bad_signature"


class WeakKey(PacketError):
    """A key in this message is not a safe key to trust. Nothing was accepted; ask the sender's IT to make new keys."""

    kind = "weak_key"


class WrongRecipient(PacketError):
    """The packet is addressed to another service. It was not opened."""

    kind = "wrong_recipient"


class PacketExpired(PacketError):
    """The packet has expired. Ask the sender to send it again."""

    kind = "expired"


class ReplayedPacket(PacketError):
    """This packet was already received. Nothing was added twice."""

    kind = "replay"


class DecryptionFailed(PacketError):
    """The packet could not be decrypted with this service's key. It was not opened."""

    kind = "decrypt"


class NotEntitled(PacketError):
    """A service that is not part of this referral tried to change it. Nothing was changed."""

    kind = "not_entitled"


class DirectoryError(PacketError):
    """The network directory could not be verified. Check the provisioning file or ask the hub administrator."""

    kind = "directory"


class DirectoryNotYet(DirectoryError):
    """This workstation's copy of the network directory does not list this service yet. Connect to the network and let Ponte sync once, then try again."""

    kind = "directory_not_yet"


class ProvisioningError(PonteError):
    """The provisioning file is not valid, has expired, or was altered. Ask the hub administrator for a new one."""

    kind = "provisioning"


# ---------------------------------------------------------------- network
class HubError(PonteError):
    """The network's server refused the request. Nothing was lost; it is tried again later."""

    kind = "hub"


class HubRefused(HubError):
    """The network's server refused this message. Nothing was lost: it is listed in Messages."""

    kind = "hub_refused"

    def __init__(self, reason: str, detail: str | None = None, *, doc: object = None) -> None:
        super().__init__(detail or reason)
        #: The hub's own error kind (``malformed``, ``not_found``…), for the sync's rules.
        self.reason = reason
        #: The hub's JSON answer (a signed per-packet refusal travels in it).
        self.doc = doc


class HubUnavailable(HubError):
    """The hub cannot be reached. Work continues offline; packets are sent when the connection is back."""

    kind = "offline"


class WorkingOffline(HubUnavailable):
    """You chose to work offline: nothing is sent or received until you turn the network back on."""

    kind = "working_offline"


class RateLimited(HubError):
    """The hub asked us to slow down. Sending will resume shortly."""

    kind = "rate_limited"
    #: Seconds the hub asked us to wait (its ``Retry-After``), when known.
    retry_after: int | None = None


class NetworkBlocked(HubUnavailable):
    """This network is not letting Ponte through to the network server (a hotel or library Wi-Fi may want you to sign in first). Nothing was changed; work continues offline."""

    kind = "network_blocked"


class WrongHub(HubError):
    """The server at the network's address is not the one this workstation trusts, so nothing was sent or changed. Call the network's IT and read them the fingerprint of the server this workstation trusts: %1."""

    kind = "wrong_hub"


class ForeignKeyListed(HubError):
    """The network server lists a key for this centre that this workstation did not create. Call the network's IT and read them the key's id: %1."""

    kind = "foreign_key"


class UntrustedHub(HubError):
    """The hub's certificate is not the one this workstation trusts. Nothing was sent; ask the hub administrator."""

    kind = "untrusted_hub"


class AuthenticationFailed(HubError):
    """The hub did not accept this workstation's signature. Check the clock and the enrolment."""

    kind = "unauthorized"


# ---------------------------------------------------------------- release downloads
class ReleaseError(PonteError):
    """The download could not be verified. Do not install it; download it again from the official page."""

    kind = "release"


class ReleaseTampered(ReleaseError):
    """The release manifest was altered or its signature is broken. Do not install this download."""

    kind = "release_tampered"


class UnknownReleaseKey(ReleaseError):
    """The release is signed by a key Ponte does not trust. Do not install it; check where it was downloaded from."""

    kind = "release_unknown_key"


class ReleaseFileMismatch(ReleaseError):
    """A downloaded file does not match the signed manifest: it is damaged or altered. Download it again."""

    kind = "release_mismatch"


class ReleaseFileMissing(ReleaseError):
    """A file listed in the release manifest is not next to it. Put the downloads in the same folder."""

    kind = "release_missing"


def all_error_classes() -> list[type[PonteError]]:
    """Every error class, for translation extraction and tests."""
    seen: list[type[PonteError]] = []
    stack: list[type[PonteError]] = [PonteError]
    while stack:
        cls = stack.pop()
        seen.append(cls)
        stack.extend(cls.__subclasses__())
    return seen


def error_for_kind(kind: str) -> type[PonteError] | None:
    """The error class whose ``kind`` this is (a refusal recorded as its kind), if any."""
    return next((c for c in all_error_classes() if c.kind == kind), None)


# ---------------------------------------------------------------- the day: diary, letters
class TimeDoesNotExist(ValidationError):
    """That time does not exist on that day: the clocks move forward one hour at 2:00. Choose another time."""

    kind = "time_does_not_exist"


class AppointmentInvalid(ValidationError):
    """An appointment needs a length between 5 minutes and 12 hours, and at least one operatrice."""

    kind = "appointment_invalid"


class ClosureNeedsApproval(PonteError):
    """In this centre closing a case needs the coordinator's approval. Use “Ask to close…”: she will see the request."""

    kind = "closure_needs_approval"


class AssignmentInvalid(ValidationError):
    """A case can be assigned only to a staff account of this centre."""

    kind = "assignment_invalid"


class TemplateInvalid(ValidationError):
    """The template uses a placeholder Ponte does not know. Check the words between ${ and } against the list."""

    kind = "template_invalid"


class RoomNameInvalid(ValidationError):
    """A room needs a name, of at most 60 characters."""

    kind = "room_name_invalid"


class PlaceUnknown(ValidationError):
    """Choose one of the centre's places: that room is no longer in the list."""

    kind = "place_unknown"


class TemplateIncomplete(ValidationError):
    """A letter template needs a title (at most 120 characters) and a text."""

    kind = "template_incomplete"


class SettingTooLong(ValidationError):
    """That setting is too long: at most %1 characters."""

    kind = "setting_too_long"


class RuleInvalid(ValidationError):
    """A deadline rule must be a number of days between 1 and 3650."""

    kind = "rule_invalid"
