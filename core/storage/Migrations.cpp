#include "Migrations.h"

#include "SqlCipherDriver.h"

#include <QList>

namespace veldboek {

namespace {

// Version 1: participants and their outcome data, settings, the audit log.
// Every field the user types is TEXT as entered, '' when empty: a value with a validation error
// must be kept so the user can fix it in the app.
constexpr const char *Version1 = R"sql(
CREATE TABLE participants (
    id INTEGER PRIMARY KEY,
    respondentnummer TEXT NOT NULL DEFAULT '',
    voornaam TEXT NOT NULL DEFAULT '',
    achternaam TEXT NOT NULL DEFAULT '',
    bsn TEXT NOT NULL DEFAULT '',
    geslacht TEXT NOT NULL DEFAULT '',
    geboortedatum TEXT NOT NULL DEFAULT '',
    leeftijd TEXT NOT NULL DEFAULT '',
    straat TEXT NOT NULL DEFAULT '',
    huisnummer TEXT NOT NULL DEFAULT '',
    huisnummer_toevoeging TEXT NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT '',
    woonplaats TEXT NOT NULL DEFAULT '',
    geen_adres TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    telefoon TEXT NOT NULL DEFAULT '',
    opleidingsniveau TEXT NOT NULL DEFAULT '',
    startdatum TEXT NOT NULL DEFAULT '',
    einddatum TEXT NOT NULL DEFAULT '',
    reden_beeindiging TEXT NOT NULL DEFAULT '',
    verkorte_deelname TEXT NOT NULL DEFAULT '',
    postcode_doelocatie TEXT NOT NULL DEFAULT '',
    gemeente_doelocatie TEXT NOT NULL DEFAULT '',
    opt_out TEXT NOT NULL DEFAULT '',
    notities TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX participants_respondentnummer ON participants(respondentnummer);
CREATE INDEX participants_achternaam ON participants(achternaam);

CREATE TABLE trajectories (
    id INTEGER PRIMARY KEY,
    participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    beschikkingsnummer TEXT NOT NULL DEFAULT '',
    toewijzingsnummer TEXT NOT NULL DEFAULT '',
    startdatum TEXT NOT NULL DEFAULT '',
    einddatum TEXT NOT NULL DEFAULT ''
);
CREATE INDEX trajectories_participant ON trajectories(participant_id);

CREATE TABLE gas_goals (
    id INTEGER PRIMARY KEY,
    trajectory_id INTEGER NOT NULL REFERENCES trajectories(id) ON DELETE CASCADE,
    goal_number INTEGER NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    UNIQUE (trajectory_id, goal_number)
);

CREATE TABLE gas_scores (
    id INTEGER PRIMARY KEY,
    goal_id INTEGER NOT NULL REFERENCES gas_goals(id) ON DELETE CASCADE,
    informant TEXT NOT NULL,
    datum TEXT NOT NULL DEFAULT '',
    waarde TEXT NOT NULL DEFAULT ''
);
CREATE INDEX gas_scores_goal ON gas_scores(goal_id);

CREATE TABLE problem_scores (
    id INTEGER PRIMARY KEY,
    trajectory_id INTEGER NOT NULL REFERENCES trajectories(id) ON DELETE CASCADE,
    informant TEXT NOT NULL,
    datum TEXT NOT NULL DEFAULT '',
    waarde TEXT NOT NULL DEFAULT ''
);
CREATE INDEX problem_scores_trajectory ON problem_scores(trajectory_id);

CREATE TABLE cem_measurements (
    id INTEGER PRIMARY KEY,
    participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    meting_id TEXT NOT NULL DEFAULT '',
    client_ref TEXT NOT NULL DEFAULT '',
    datum_meting TEXT NOT NULL DEFAULT '',
    informant TEXT NOT NULL DEFAULT '',
    vragenlijst TEXT NOT NULL DEFAULT ''
);
CREATE INDEX cem_measurements_participant ON cem_measurements(participant_id);

CREATE TABLE cem_answers (
    id INTEGER PRIMARY KEY,
    measurement_id INTEGER NOT NULL REFERENCES cem_measurements(id) ON DELETE CASCADE,
    vraag TEXT NOT NULL,
    antwoord TEXT NOT NULL DEFAULT '',
    UNIQUE (measurement_id, vraag)
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value BLOB
);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    table_name TEXT NOT NULL,
    record_id INTEGER NOT NULL,
    field TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX audit_log_record ON audit_log(table_name, record_id);
)sql";

// Version 2: submissions with their reports, dashboard snapshots, and what the deletion rule
// of the funder needs (a participant once submitted is not silently dropped).
constexpr const char *Version2 = R"sql(
CREATE TABLE submissions (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    spec_id TEXT NOT NULL,
    spec_version TEXT NOT NULL,
    funding_round TEXT NOT NULL DEFAULT '',
    package_sha256 TEXT NOT NULL,
    remote_id TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    report_json TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE dashboard_snapshots (
    id INTEGER PRIMARY KEY,
    fetched_at TEXT NOT NULL,
    period TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL,
    figures_json TEXT NOT NULL,
    notes_json TEXT NOT NULL DEFAULT ''
);

ALTER TABLE participants ADD COLUMN submitted_at TEXT NOT NULL DEFAULT '';
ALTER TABLE participants ADD COLUMN deletion_requested_at TEXT NOT NULL DEFAULT '';
)sql";

// Version 3: records created in bulk (an import, the demo data) are audited as one range of ids
// per batch instead of one audit_log row each. Importing 100,000 participants is one event;
// a row per record doubled the cost of the import and said nothing more.
constexpr const char *Version3 = R"sql(
CREATE TABLE audit_ranges (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    table_name TEXT NOT NULL,
    first_id INTEGER NOT NULL,
    last_id INTEGER NOT NULL,
    source TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_ranges_table ON audit_ranges(table_name, first_id);
)sql";

// Version 4: the submission history as the endpoint knows it (issue 20), kept in the encrypted
// register so the history window shows it offline: when the endpoint received a submission,
// when it was withdrawn, and its history entry (counts per dataset, outcome per spec) as the
// endpoint answered it. Deletion requests get a row once they are sent: the endpoint's id and how
// far the request is (docs/sync.md, "Deletion requests").
constexpr const char *Version4 = R"sql(
ALTER TABLE submissions ADD COLUMN received_at TEXT NOT NULL DEFAULT '';
ALTER TABLE submissions ADD COLUMN withdrawn_at TEXT NOT NULL DEFAULT '';
ALTER TABLE submissions ADD COLUMN endpoint_json TEXT NOT NULL DEFAULT '';

CREATE TABLE deletion_requests (
    participant_id INTEGER PRIMARY KEY,
    dataset TEXT NOT NULL,
    reference TEXT NOT NULL,
    remote_id TEXT NOT NULL DEFAULT '',
    sent_at TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT '',
    resolved_at TEXT NOT NULL DEFAULT '',
    resolution TEXT NOT NULL DEFAULT ''
);
)sql";

// Version 5: the specs fetched from the endpoint (issue 15), inside the encrypted register so
// the form, the checks, the import, the export and the package use them offline too. One row per
// spec id: the exact bytes as served, their SHA-256 (the endpoint's ETag, sent back as
// If-None-Match), when and from where they came. storage/SpecStore.h decides which spec is in
// force: this one, or the built-in one when it is newer.
constexpr const char *Version5 = R"sql(
CREATE TABLE specs (
    id TEXT PRIMARY KEY,
    version TEXT NOT NULL,
    bytes BLOB NOT NULL,
    sha256 TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    source_url TEXT NOT NULL
);
)sql";

// Version 6: the values of participant fields that have no column (issue 15, items 4 and 5). A
// spec fetched from the endpoint may ask for a field this build never heard of: its values are
// kept here by the field's key, so the register holds it without a migration and without a name
// from outside ever becoming an SQL identifier (the key is a bound value). The row stays when a
// later spec no longer asks for the field: a spec never makes data disappear (docs/storage.md,
// "Fields a spec adds"). No row means no value.
constexpr const char *Version6 = R"sql(
CREATE TABLE participant_fields (
    participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (participant_id, key)
) WITHOUT ROWID;
CREATE INDEX participant_fields_key ON participant_fields(key);
)sql";

// Version 7: the values of outcome fields that have no column (issue 15, item 4, for the GAS,
// problem-reduction and CEM+ datasets), as participant_fields does for participants: a row per
// value, keyed by the dataset, the row's id in its table (gas_scores, problem_scores,
// cem_measurements: a CEM+ field belongs to the measurement, whose answer rows all carry it) and
// the field's key as a bound value. Those three tables are not one parent, so no foreign key can
// cascade: the triggers remove a record's values when the record goes, also when a participant,
// trajectory or goal takes it with it (SQLite fires them on cascaded deletes too). See
// core/storage/OutcomeExtraFields.h and docs/storage.md, "Fields a spec adds".
constexpr const char *Version7 = R"sql(
CREATE TABLE outcome_fields (
    dataset TEXT NOT NULL,
    row_id INTEGER NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (dataset, row_id, key)
) WITHOUT ROWID;
CREATE INDEX outcome_fields_key ON outcome_fields(dataset, key);
CREATE TRIGGER gas_scores_fields AFTER DELETE ON gas_scores BEGIN
    DELETE FROM outcome_fields WHERE dataset = 'gas' AND row_id = OLD.id;
END;
CREATE TRIGGER problem_scores_fields AFTER DELETE ON problem_scores BEGIN
    DELETE FROM outcome_fields WHERE dataset = 'problem' AND row_id = OLD.id;
END;
CREATE TRIGGER cem_measurements_fields AFTER DELETE ON cem_measurements BEGIN
    DELETE FROM outcome_fields WHERE dataset = 'cem' AND row_id = OLD.id;
END;
)sql";

// Version 8: participants who registered themselves at the kiosk (issue 19, item 2,
// app/gui/kiosk/KioskWindow.h) carry when they did, so staff find them to complete (the filter
// "Self-registered" of the main window, docs/gui.md "The kiosk"). Empty for everyone else, as
// submitted_at is for the unsubmitted.
constexpr const char *Version8 = R"sql(
ALTER TABLE participants ADD COLUMN self_registered_at TEXT NOT NULL DEFAULT '';
)sql";

// Version 9: self-registration through a link on the endpoint (issue 19, item 3,
// core/selfreg/SelfRegInbox.h). A link's key pair lives here, in the encrypted register: the
// endpoint has the public half and seals every entry to it. Pulled entries wait in the inbox
// until staff accept, merge or reject them; a decided entry keeps its id (so the same entry
// pulled again is known) but not its values.
constexpr const char *Version9 = R"sql(
CREATE TABLE selfreg_links (
    id TEXT PRIMARY KEY,
    endpoint TEXT NOT NULL,
    spec_id TEXT NOT NULL,
    public_key BLOB NOT NULL,
    secret_key BLOB NOT NULL,
    created_at TEXT NOT NULL,
    closed_at TEXT NOT NULL DEFAULT ''
);
CREATE TABLE selfreg_inbox (
    link_id TEXT NOT NULL REFERENCES selfreg_links(id),
    entry_id TEXT NOT NULL,
    received_at TEXT NOT NULL,
    pulled_at TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT '',
    record TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'waiting',
    participant_id INTEGER,
    decided_at TEXT NOT NULL DEFAULT '',
    decided_by TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (link_id, entry_id)
);
)sql";

// Version 10: a measurement's answers in the order they were given, with their values, from the
// index alone (issue 18). Reading the register for a check or a submission walks every CEM+
// answer (about 948,000 rows at 100,000 demo participants): through the (measurement_id, vraag)
// index that was a lookup in the table per answer and a sort per measurement (core/storage/
// RegisterDatasets.cpp, queryFor). A covering index lists them in (measurement_id, id) order.
constexpr const char *Version10 = R"sql(
CREATE INDEX cem_answers_in_order ON cem_answers(measurement_id, id, vraag, antwoord);
)sql";

// The released migrations. A field a spec adds needs none (participant_fields, version 6;
// outcome_fields, version 7).
const QList<QByteArray> &steps()
{
    static const QList<QByteArray> list = {Version1, Version2, Version3, Version4, Version5,
                                           Version6, Version7, Version8, Version9, Version10};
    return list;
}

} // namespace

int Migrations::currentVersion()
{
    return static_cast<int>(steps().size());
}

bool Migrations::migrate(SqlCipherDriver &driver, int from, int to, QString *error)
{
    if (from >= to)
        return true;
    if (!driver.beginTransaction()) {
        *error = driver.lastError().text();
        return false;
    }
    for (int version = from + 1; version <= to; ++version) {
        const QString script = QString::fromUtf8(steps().at(version - 1)) +
                               QStringLiteral("\nPRAGMA user_version = %1;").arg(version);
        if (!driver.executeScript(script)) {
            *error = QStringLiteral("migration to version %1: %2")
                         .arg(version)
                         .arg(driver.lastError().text());
            driver.rollbackTransaction();
            return false;
        }
    }
    if (!driver.commitTransaction()) {
        *error = driver.lastError().text();
        driver.rollbackTransaction();
        return false;
    }
    return true;
}

} // namespace veldboek
