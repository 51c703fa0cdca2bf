// A field the endpoint's spec adds works without a code change, and a spec never makes data
// disappear (issue 15, items 4 and 5). A real endpoint over TLS serves a changed MDT spec that
// adds three participant fields: `schoolsoort` (optional, a code list), `mentor` (required text)
// and `mentor_telefoon` (local only: never sent). After `veldboek-cli specs pull` the real form
// (offscreen) shows them in their group with their help and message and saves them (read back
// from a register opened again), `veldboek-cli import` stores them from a CSV file,
// `veldboek-cli export` writes them, the submission package carries them as their transmit policy
// says, and `veldboek-cli validate` flags exactly the rows without a mentor. Then the endpoint
// is restarted with a spec that no longer has the fields: the values stay in the register and in
// the organisation's own export, marked as no longer requested, are not in the package, and the
// form shows them read-only. No migration is written anywhere: the register keeps such fields in
// participant_fields (docs/storage.md, "Fields a spec adds").
#include "ChangedSpecs.h"
#include "GuiLocalization.h"
#include "GuiTestRegister.h"
#include "SyncFixture.h"
#include "TestSupport.h"
#include "exchange/OwnExport.h"
#include "exchange/XlsxReader.h"
#include "import/ExportDialog.h"
#include "participants/NoLongerRequestedBox.h"
#include "participants/ParticipantForm.h"
#include "storage/KeyStore.h"
#include "storage/ParticipantRepository.h"
#include "storage/SpecStore.h"
#include "sync/ConnectionSettings.h"
#include "sync/RegisterPackage.h"
#include "validation/SpecLoader.h"
#include "validation/Validator.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTest>

using namespace veldboek;
using namespace veldboek::gui;
using namespace veldboek::test;

namespace {

const QByteArray Passphrase = "correct horse battery staple"; // SyncFixture's registers

using ChangedSpecs::code;
using ChangedSpecs::text;

// The fields as a funder's spec author adds them mid-year.
QJsonArray addedFields()
{
    return QJsonArray{
        QJsonObject{
            {QStringLiteral("key"), QStringLiteral("schoolsoort")},
            {QStringLiteral("label"), text("Soort school", "School type")},
            {QStringLiteral("group"), QStringLiteral("participation")},
            {QStringLiteral("aliases"), QJsonArray{QStringLiteral("Soort school")}},
            {QStringLiteral("help"),
             text("Het onderwijs dat de deelnemer nu volgt.", "The education the participant "
                                                              "follows now.")},
            {QStringLiteral("type"), QStringLiteral("enum")},
            {QStringLiteral("requirement"), QStringLiteral("optional")},
            {QStringLiteral("transmit"), QStringLiteral("plain")},
            {QStringLiteral("columns"),
             QJsonObject{{QStringLiteral("mdt-proces1"), QStringLiteral("schoolsoort")}}},
            {QStringLiteral("codes"), QJsonArray{code("vo", "voortgezet onderwijs", "secondary"),
                                                 code("mbo", "mbo", "vocational")}},
        },
        QJsonObject{
            {QStringLiteral("key"), QStringLiteral("mentor")},
            {QStringLiteral("label"), text("Mentor", "Mentor")},
            {QStringLiteral("group"), QStringLiteral("participation")},
            {QStringLiteral("aliases"), QJsonArray{QStringLiteral("Naam mentor")}},
            {QStringLiteral("help"),
             text("De mentor die de deelnemer begeleidt.", "The mentor who guides the "
                                                           "participant.")},
            {QStringLiteral("type"), QStringLiteral("text")},
            {QStringLiteral("requirement"), QStringLiteral("required")},
            {QStringLiteral("transmit"), QStringLiteral("plain")},
            {QStringLiteral("columns"),
             QJsonObject{{QStringLiteral("mdt-proces1"), QStringLiteral("mentor")}}},
            {QStringLiteral("maxLength"), 80},
        },
        QJsonObject{
            {QStringLiteral("key"), QStringLiteral("mentor_telefoon")},
            {QStringLiteral("label"), text("Telefoon mentor", "Mentor's phone")},
            {QStringLiteral("group"), QStringLiteral("participation")},
            {QStringLiteral("help"), text("Alleen voor de organisatie.", "For the organisation "
                                                                         "only.")},
            {QStringLiteral("type"), QStringLiteral("text")},
            {QStringLiteral("requirement"), QStringLiteral("local-only")},
            {QStringLiteral("transmit"), QStringLiteral("never")},
            {QStringLiteral("maxLength"), 40},
        },
    };
}

// The built-in MDT spec as `version`, with the added fields or without them.
QJsonObject mdtSpec(const QString &version, bool withAddedFields)
{
    QJsonObject spec = ChangedSpecs::builtinObject(QStringLiteral("mdt"));
    spec.insert(QStringLiteral("version"), version);
    if (!withAddedFields)
        return spec;
    QJsonArray datasets = spec.value(QStringLiteral("datasets")).toArray();
    QJsonObject participants = datasets.at(0).toObject();
    QJsonArray fields = participants.value(QStringLiteral("fields")).toArray();
    for (const QJsonValue &field : addedFields())
        fields.append(field);
    participants.insert(QStringLiteral("fields"), fields);
    datasets.replace(0, participants);
    spec.insert(QStringLiteral("datasets"), datasets);
    return spec;
}

// The rows `validate REGISTER --json` flags for `field`, or none when no rule names it.
std::optional<QJsonArray> flaggedRows(const QString &json, const QString &field)
{
    const QJsonObject root = QJsonDocument::fromJson(json.toUtf8()).object();
    const QJsonArray reports = root.value(QLatin1String("reports")).toArray();
    for (const QJsonValue &report : reports) {
        const QJsonArray datasets = report.toObject().value(QLatin1String("datasets")).toArray();
        for (const QJsonValue &dataset : datasets) {
            const QJsonArray rules = dataset.toObject().value(QLatin1String("rules")).toArray();
            for (const QJsonValue &rule : rules) {
                if (rule.toObject().value(QLatin1String("field")).toString() == field)
                    return rule.toObject().value(QLatin1String("rows")).toArray();
            }
        }
    }
    return std::nullopt;
}

std::shared_ptr<const Validator> validatorOf(const Spec &spec)
{
    return std::make_shared<const Validator>(spec, QString(), QDate::currentDate(),
                                             QStringLiteral("en"));
}

} // namespace

class TestPulledField : public QObject
{
    Q_OBJECT

private:
    SyncFixture m_fixture;
    QString m_token;
    QString m_path;
    std::unique_ptr<GuiTestRegister> m_gui; // test-mode settings, questions answered

    std::unique_ptr<Register> open()
    {
        RegisterError error;
        auto reg = KeyStore::open(m_path, Passphrase, &error);
        if (!reg)
            qWarning("%s", qPrintable(error.message()));
        return reg;
    }
    QStringList options() const
    {
        return {QStringLiteral("--passphrase-file"), m_fixture.passphraseFile(),
                QStringLiteral("--lang"), QStringLiteral("en")};
    }
    ProcessResult cli(const QStringList &arguments) const { return runCli(arguments + options()); }
    // The register's MDT spec in force, and the built-in outcome specs, as the app makes them.
    struct Validators
    {
        std::shared_ptr<const Validator> mdt, sor, cem;
    };
    Validators validators(Register &reg)
    {
        SpecError error;
        Validators result;
        if (const std::optional<Spec> mdt = SpecStore(reg).spec(QStringLiteral("mdt"), &error))
            result.mdt = validatorOf(*mdt);
        result.sor = validatorOf(*SpecLoader::builtin(QStringLiteral("sor"), &error));
        result.cem = validatorOf(*SpecLoader::builtin(QStringLiteral("cemplus"), &error));
        return result;
    }
    PreparedPackage package(Register &reg)
    {
        QString error;
        const std::optional<RegisterSnapshot> snapshot = RegisterSnapshot::read(reg, &error);
        if (!snapshot) {
            PreparedPackage failed;
            failed.error = error;
            return failed;
        }
        return RegisterPackage::prepare(*snapshot, QDate::currentDate(), QStringLiteral("en"));
    }
    int extraRows(Register &reg)
    {
        QSqlQuery query(reg.database());
        return query.exec(QStringLiteral("SELECT count(*) FROM participant_fields")) && query.next()
                   ? query.value(0).toInt()
                   : -1;
    }

private Q_SLOTS:
    void initTestCase();
    void init() { m_gui = std::make_unique<GuiTestRegister>(); }
    void cleanup() { m_gui.reset(); }

    void pullBringsTheFields();
    void formShowsAndSavesTheFields();
    void importStoresTheFields();
    void exportWritesTheFields();
    void validateFlagsTheMissingMentor();
    void packageCarriesThemPerTransmitPolicy();
    void aDroppedFieldKeepsItsValues();
};

void TestPulledField::initTestCase()
{
    setCurrentLanguage(QStringLiteral("en"));
    const QString specDir = m_fixture.dir() + QStringLiteral("/specs-added");
    QVERIFY(ChangedSpecs::write(specDir, mdtSpec(QStringLiteral("2024.1"), true)));
    QString error;
    QVERIFY2(m_fixture.setUp(&error, {QStringLiteral("--specs"), specDir}), qPrintable(error));
    m_token = m_fixture.newAccount();
    auto reg = m_fixture.makeRegister(QStringLiteral("added"), 0, m_fixture.profile(m_token));
    QVERIFY(reg);
    QList<Participant> participants{validParticipant(1, QStringLiteral("Anna")),
                                    validParticipant(2, QStringLiteral("Bram"))};
    QVERIFY(ParticipantRepository(*reg).addAll(participants));
    m_path = reg->path();
}

void TestPulledField::pullBringsTheFields()
{
    // Before: the built-in spec knows none of them.
    {
        auto reg = open();
        QVERIFY(reg);
        SpecError error;
        const std::optional<Spec> spec = SpecStore(*reg).spec(QStringLiteral("mdt"), &error);
        QVERIFY(!spec->dataset(QStringLiteral("participants"))->field(QStringLiteral("mentor")));
    }
    const ProcessResult result = cli({QStringLiteral("specs"), QStringLiteral("pull"), m_path});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err + result.out));
    QVERIFY2(result.out.contains(QLatin1String("mdt 2024.1: in force from now on")),
             qPrintable(result.out));
    auto reg = open();
    QVERIFY(reg);
    SpecError error;
    const std::optional<Spec> spec = SpecStore(*reg).spec(QStringLiteral("mdt"), &error);
    QVERIFY2(spec, qPrintable(error.toString()));
    for (const char *key : {"schoolsoort", "mentor", "mentor_telefoon"})
        QVERIFY(spec->dataset(QStringLiteral("participants"))->field(QLatin1String(key)));
}

void TestPulledField::formShowsAndSavesTheFields()
{
    {
        auto reg = open();
        QVERIFY(reg);
        const Validators engines = validators(*reg);
        QVERIFY(engines.mdt);
        ParticipantForm form;
        form.setRegister(reg.get(), engines.mdt, engines.sor, engines.cem);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QVERIFY(form.loadParticipant(1));
        auto *mentor = form.findChild<QLineEdit *>(QStringLiteral("field_mentor"));
        auto *school = form.findChild<QComboBox *>(QStringLiteral("field_schoolsoort"));
        auto *phone = form.findChild<QLineEdit *>(QStringLiteral("field_mentor_telefoon"));
        QVERIFY(mentor && school && phone);
        QVERIFY(mentor->isVisible() && school->isVisible() && phone->isVisible());
        // Its label, help and group come from the fetched spec.
        auto *label = form.findChild<QLabel *>(QStringLiteral("label_mentor"));
        QVERIFY(label);
        QVERIFY2(label->text().contains(QLatin1String("Mentor")), qPrintable(label->text()));
        QCOMPARE(label->toolTip(), QStringLiteral("The mentor who guides the participant."));
        bool heading = false;
        for (const QLabel *each : form.findChildren<QLabel *>())
            heading = heading || each->text() == QLatin1String("Participation");
        QVERIFY(heading);
        QCOMPARE(school->count(), 3); // empty, vo, mbo
        // The required mentor is missing: its message is under the field, inline.
        auto *message = form.findChild<QLabel *>(QStringLiteral("message_mentor"));
        QVERIFY(message);
        QVERIFY(message->isVisible());
        QVERIFY(!message->text().isEmpty());
        bool flagged = false;
        for (const Finding &finding : form.currentFindings())
            flagged = flagged || (finding.field == QLatin1String("mentor") &&
                                  finding.severity == Severity::Error);
        QVERIFY(flagged);
        // Nothing about fields no longer requested: the spec asks for all the register holds.
        QVERIFY(!form.findChild<NoLongerRequestedBox *>()->isVisible());

        mentor->setFocus();
        QTest::keyClicks(mentor, QStringLiteral("Mevr. Jansen"));
        QTest::keyClick(mentor, Qt::Key_Tab);
        QVERIFY(!message->isVisible());
        school->setFocus();
        school->setCurrentIndex(school->findData(QStringLiteral("vo")));
        Q_EMIT school->activated(school->currentIndex());
        phone->setFocus();
        QTest::keyClicks(phone, QStringLiteral("030-1234567"));
        QCOMPARE(form.value(QStringLiteral("schoolsoort")), QStringLiteral("vo"));
        QVERIFY(form.save());
    }
    // Saved: read back from the register file, opened again.
    auto reg = open();
    QVERIFY(reg);
    const Participant anna = *ParticipantRepository(*reg).find(1);
    QCOMPARE(anna.value(u"mentor"), QStringLiteral("Mevr. Jansen"));
    QCOMPARE(anna.value(u"schoolsoort"), QStringLiteral("vo"));
    QCOMPARE(anna.value(u"mentor_telefoon"), QStringLiteral("030-1234567"));
    QCOMPARE(ParticipantRepository(*reg).find(2)->value(u"mentor"), QString());
    QCOMPARE(extraRows(*reg), 3);
}

void TestPulledField::importStoresTheFields()
{
    // A new participant, with the new columns under their aliases.
    const Participant cor = validParticipant(3, QStringLiteral("Cor"), QStringLiteral("de Wit"));
    QStringList header, row;
    for (const QString &key : Participant::keys()) {
        if (cor.value(key).isEmpty())
            continue;
        header.append(key);
        row.append(cor.value(key));
    }
    header << QStringLiteral("Naam mentor") << QStringLiteral("Soort school");
    row << QStringLiteral("Dhr. Pieters") << QStringLiteral("mbo");
    const QString file = m_fixture.dir() + QStringLiteral("/nieuw.csv");
    writeBytes(file, (header.join(u';') + u'\n' + row.join(u';') + u'\n').toUtf8());
    const ProcessResult result = cli(
        {QStringLiteral("import"), m_path, file, QStringLiteral("--spec"), QStringLiteral("mdt")});
    QVERIFY2(result.exitCode == 0 || result.exitCode == 1, qPrintable(result.err + result.out));
    auto reg = open();
    QVERIFY(reg);
    const QList<Participant> all = ParticipantRepository(*reg).all();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(2).value(u"respondentnummer"), QStringLiteral("MDT-0003"));
    QCOMPARE(all.at(2).value(u"mentor"), QStringLiteral("Dhr. Pieters"));
    QCOMPARE(all.at(2).value(u"schoolsoort"), QStringLiteral("mbo"));
}

void TestPulledField::exportWritesTheFields()
{
    const QString out = m_fixture.dir() + QStringLiteral("/mdt.csv");
    const ProcessResult result = cli({QStringLiteral("export"), m_path, QStringLiteral("--format"),
                                      QStringLiteral("mdt-proces1"), QStringLiteral("--out"), out});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QStringList lines = QString::fromUtf8(readBytes(out)).split(QLatin1String("\r\n"));
    QVERIFY2(lines.size() >= 4, qPrintable(lines.join(u'\n')));
    const QChar separator = lines.at(0).contains(u';') ? u';' : u',';
    const QStringList header = lines.at(0).split(separator);
    const qsizetype mentor = header.indexOf(QLatin1String("mentor"));
    const qsizetype school = header.indexOf(QLatin1String("schoolsoort"));
    QVERIFY2(mentor >= 0 && school >= 0, qPrintable(lines.at(0)));
    // Local only: not in a portal file.
    QVERIFY(!header.contains(QLatin1String("mentor_telefoon")));
    QCOMPARE(lines.at(1).split(separator).at(mentor), QStringLiteral("Mevr. Jansen"));
    QCOMPARE(lines.at(1).split(separator).at(school), QStringLiteral("vo"));
    QCOMPARE(lines.at(2).split(separator).at(mentor), QString());
    QCOMPARE(lines.at(3).split(separator).at(mentor), QStringLiteral("Dhr. Pieters"));
}

void TestPulledField::validateFlagsTheMissingMentor()
{
    const ProcessResult result =
        cli({QStringLiteral("validate"), m_path, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 1); // errors
    const std::optional<QJsonArray> rows = flaggedRows(result.out, QStringLiteral("mentor"));
    QVERIFY2(rows, qPrintable(result.out));
    QCOMPARE(*rows, QJsonArray{3}); // Bram, the register's second row (line 3); not Anna or Cor
    QVERIFY(!flaggedRows(result.out, QStringLiteral("schoolsoort"))); // optional
}

void TestPulledField::packageCarriesThemPerTransmitPolicy()
{
    auto reg = open();
    QVERIFY(reg);
    // Bram lacks the required mentor: nothing is packed, and the check names the field.
    PreparedPackage prepared = package(*reg);
    QVERIFY2(prepared.error.isEmpty(), qPrintable(prepared.error));
    QCOMPARE(prepared.errors, 1);
    QVERIFY(prepared.body.isEmpty());
    ParticipantRepository participants(*reg);
    Participant bram = *participants.find(2);
    bram.setValue(u"mentor", QStringLiteral("Mevr. de Boer"));
    QVERIFY(participants.update(bram));
    prepared = package(*reg);
    QVERIFY2(prepared.error.isEmpty(), qPrintable(prepared.error));
    QCOMPARE(prepared.errors, 0);
    for (const char *sent :
         {"mentor", "schoolsoort", "Mevr. Jansen", "Mevr. de Boer", "Dhr. Pieters"})
        QVERIFY2(prepared.body.contains(sent), sent);
    // `never`: the organisation's own.
    QVERIFY(!prepared.body.contains("mentor_telefoon"));
    QVERIFY(!prepared.body.contains("030-1234567"));
}

void TestPulledField::aDroppedFieldKeepsItsValues()
{
    int rowsBefore = 0;
    {
        auto reg = open();
        QVERIFY(reg);
        rowsBefore = extraRows(*reg);
        QCOMPARE(rowsBefore, 6); // Anna 3, Cor 2, Bram 1
    }
    // The funder drops the fields: the endpoint is started again with the next spec.
    const QString specDir = m_fixture.dir() + QStringLiteral("/specs-dropped");
    QVERIFY(ChangedSpecs::write(specDir, mdtSpec(QStringLiteral("2024.2"), false)));
    QVERIFY(m_fixture.endpoint().terminate());
    QString error;
    QVERIFY2(m_fixture.endpoint().start({QStringLiteral("--specs"), specDir}, &error),
             qPrintable(error));
    {
        auto reg = open();
        QVERIFY(reg);
        QString settingsError;
        QVERIFY2(ConnectionSettings(*reg).save(m_fixture.profile(m_token), &settingsError),
                 qPrintable(settingsError));
    }
    ProcessResult result = cli({QStringLiteral("specs"), QStringLiteral("pull"), m_path});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err + result.out));
    QVERIFY2(result.out.contains(QLatin1String("mdt 2024.2: in force from now on")),
             qPrintable(result.out));

    // The check no longer asks for a mentor.
    result = cli({QStringLiteral("validate"), m_path, QStringLiteral("--json")});
    QVERIFY2(!flaggedRows(result.out, QStringLiteral("mentor")), qPrintable(result.out));
    // The portal file has no column for them any more.
    const QString out = m_fixture.dir() + QStringLiteral("/mdt-2.csv");
    result = cli({QStringLiteral("export"), m_path, QStringLiteral("--format"),
                  QStringLiteral("mdt-proces1"), QStringLiteral("--out"), out});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(!readBytes(out).contains("mentor"));

    auto reg = open();
    QVERIFY(reg);
    // Still in the register, every value.
    QCOMPARE(extraRows(*reg), rowsBefore);
    const Participant anna = *ParticipantRepository(*reg).find(1);
    QCOMPARE(anna.value(u"mentor"), QStringLiteral("Mevr. Jansen"));
    QCOMPARE(anna.value(u"mentor_telefoon"), QStringLiteral("030-1234567"));

    // Not sent.
    const PreparedPackage prepared = package(*reg);
    QVERIFY2(prepared.error.isEmpty(), qPrintable(prepared.error));
    QCOMPARE(prepared.errors, 0);
    QVERIFY(!prepared.body.isEmpty());
    for (const char *kept : {"mentor", "schoolsoort", "Jansen", "de Boer", "Pieters"})
        QVERIFY2(!prepared.body.contains(kept), kept);

    // In the organisation's own export, marked.
    const Validators engines = validators(*reg);
    QVERIFY(!engines.mdt->spec()
                 .dataset(QStringLiteral("participants"))
                 ->field(QStringLiteral("mentor")));
    // Named by the labels of the spec that last defined them (core/storage/FieldLabels.h).
    const PortalExport::Result own =
        OwnExport::participants(*reg, engines.mdt->spec(), QStringLiteral("en"));
    QVERIFY2(own.ok(), qPrintable(own.error));
    const qsizetype mentor = own.header.indexOf(QLatin1String("Mentor (no longer requested)"));
    const qsizetype school = own.header.indexOf(QLatin1String("School type (no longer requested)"));
    const qsizetype phone =
        own.header.indexOf(QLatin1String("Mentor's phone (no longer requested)"));
    QVERIFY2(mentor >= 0 && school >= 0 && phone >= 0, qPrintable(own.header.join(u',')));
    QCOMPARE(own.rows.size(), 3);
    QCOMPARE(own.rows.at(0).at(mentor), QStringLiteral("Mevr. Jansen"));
    QCOMPARE(own.rows.at(0).at(phone), QStringLiteral("030-1234567"));
    QCOMPARE(own.rows.at(1).at(mentor), QStringLiteral("Mevr. de Boer"));
    QCOMPARE(own.rows.at(2).at(school), QStringLiteral("mbo"));
    // The same through the real export dialog: the workbook's participants sheet.
    ExportDialog dialog(*reg, [&engines](const QString &dataset) -> const Validator * {
        if (dataset == QLatin1String("participants"))
            return engines.mdt.get();
        return dataset == QLatin1String("cem") ? engines.cem.get() : engines.sor.get();
    });
    dialog.show();
    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("comboFormat"));
    format->setCurrentIndex(format->findData(ExportDialog::XlsxFormat));
    dialog.findChild<QLineEdit *>(QStringLiteral("lineEditFolder"))->setText(m_fixture.dir());
    dialog.exportNow();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    XlsxError xlsxError;
    const auto names =
        XlsxReader::sheetNames(dialog.writtenPath(), QStringLiteral("en"), &xlsxError);
    QVERIFY2(names, qPrintable(xlsxError.message));
    const auto sheet = XlsxReader::readSheet(dialog.writtenPath(), names->first(),
                                             QStringLiteral("en"), &xlsxError);
    QVERIFY2(sheet, qPrintable(xlsxError.message));
    QCOMPARE(sheet->rows.first(), own.header);
    QCOMPARE(sheet->rows.at(1).value(mentor), QStringLiteral("Mevr. Jansen"));

    // The form: no editor for them, their values shown read-only under the fields, and a save
    // of another field keeps them.
    {
        ParticipantForm form;
        form.setRegister(reg.get(), engines.mdt, engines.sor, engines.cem);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QVERIFY(form.loadParticipant(1));
        QVERIFY(!form.findChild<QLineEdit *>(QStringLiteral("field_mentor")));
        auto *box = form.findChild<NoLongerRequestedBox *>();
        QVERIFY(box && box->isVisible());
        QCOMPARE(box->keys(),
                 (QStringList{QStringLiteral("mentor"), QStringLiteral("mentor_telefoon"),
                              QStringLiteral("schoolsoort")}));
        auto *shown = form.findChild<QLineEdit *>(QStringLiteral("retired_mentor"));
        QVERIFY(shown && shown->isVisible() && shown->isReadOnly());
        QCOMPARE(shown->text(), QStringLiteral("Mevr. Jansen"));
        // Each named by its label, not its key.
        auto *boxLayout = qobject_cast<QFormLayout *>(box->layout());
        QVERIFY(boxLayout);
        auto *phoneLine = form.findChild<QLineEdit *>(QStringLiteral("retired_mentor_telefoon"));
        QVERIFY(phoneLine);
        auto *phoneLabel = qobject_cast<QLabel *>(boxLayout->labelForField(phoneLine));
        QVERIFY(phoneLabel);
        QCOMPARE(phoneLabel->text(), QStringLiteral("Mentor's phone"));
        QCOMPARE(phoneLine->accessibleName(), QStringLiteral("Mentor's phone"));
        auto *town = form.findChild<QLineEdit *>(QStringLiteral("field_woonplaats"));
        QVERIFY(town);
        town->setFocus();
        town->selectAll();
        QTest::keyClicks(town, QStringLiteral("Amersfoort"));
        QVERIFY(form.save());
    }
    const Participant saved = *ParticipantRepository(*reg).find(1);
    QCOMPARE(saved.value(u"woonplaats"), QStringLiteral("Amersfoort"));
    QCOMPARE(saved.value(u"mentor"), QStringLiteral("Mevr. Jansen"));
    QCOMPARE(extraRows(*reg), rowsBefore);
}

QTEST_MAIN(TestPulledField)
#include "tst_pulledfield.moc"
