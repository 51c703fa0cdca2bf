// veldboek-cli selfreg link REGISTER [--spec ID] [connection options]
// veldboek-cli selfreg close REGISTER LINK [connection options]
// veldboek-cli selfreg pull REGISTER [connection options]
// veldboek-cli selfreg list REGISTER [--json] [--passphrase-file F]
// veldboek-cli selfreg accept REGISTER ENTRY [--respondent NUMBER] [--passphrase-file F]
// veldboek-cli selfreg merge REGISTER ENTRY [--into NUMBER] [--passphrase-file F]
// veldboek-cli selfreg reject REGISTER ENTRY [--passphrase-file F]
// Self-registration through a link on the endpoint (issue 19, item 3; core/selfreg/, docs/cli.md
// "selfreg"). The connection options are those of `sync` (SyncOptions.h). Links and pulling are
// a beheerder's; deciding about entries is data entry, which an invoerder may do too.
#include "Command.h"
#include "RegisterOpener.h"
#include "SyncOptions.h"
#include "selfreg/SelfRegProposals.h"
#include "selfreg/SelfRegSync.h"
#include "storage/ParticipantRepository.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace veldboek::cli {

namespace {

const QString Usage = QStringLiteral(
    "selfreg link REGISTER [--spec ID] [--endpoint URL] [--ca CERT] [--pin PIN] [--token-file F]\n"
    "  veldboek-cli selfreg close REGISTER LINK [--endpoint URL] [--ca CERT] [--token-file F]\n"
    "  veldboek-cli selfreg pull REGISTER [--endpoint URL] [--ca CERT] [--token-file F]\n"
    "  veldboek-cli selfreg list REGISTER [--json]\n"
    "  veldboek-cli selfreg accept REGISTER ENTRY [--respondent NUMBER]\n"
    "  veldboek-cli selfreg merge REGISTER ENTRY [--into NUMBER]\n"
    "  veldboek-cli selfreg reject REGISTER ENTRY\n"
    "  (each also takes --passphrase-file F)");

int usage(CommandContext &context)
{
    context.err << QCoreApplication::translate("cli", "Usage:") << "\n  veldboek-cli " << Usage
                << "\n";
    return Failure;
}

// The spec whose participants the entries must fit; prints why there is none.
std::optional<Spec> formSpec(Register &reg, CommandContext &context)
{
    QString error;
    std::optional<Spec> spec = selfRegistrationSpec(reg, &error);
    if (!spec)
        context.err << error << "\n";
    return spec;
}

// Runs one SelfRegSync operation to its end.
bool runSync(SelfRegSync &sync, const std::function<void()> &start, CommandContext &context)
{
    QEventLoop loop;
    QObject::connect(&sync, &SelfRegSync::finished, &loop, &QEventLoop::quit);
    start();
    if (!sync.ok() && sync.message().isEmpty())
        loop.exec();
    if (!sync.ok())
        context.err << sync.message() << "\n";
    return sync.ok();
}

int linkCommand(CommandContext &context, bool close)
{
    QCommandLineParser parser;
    addConnectionOptions(parser);
    parser.addOption({QStringLiteral("spec"), {}, QStringLiteral("ID")});
    if (!parseArguments(parser, context, Usage, close ? 2 : 1))
        return Failure;
    auto reg =
        openRegister(parser, context, parser.positionalArguments().at(0), Action::SelfRegLinks);
    if (!reg)
        return Failure;
    EndpointProfile profile;
    if (!profileFrom(parser, ConnectionSettings(*reg), context, &profile))
        return Failure;
    SelfRegSync sync(*reg, profile);
    sync.setLanguage(context.language);
    if (close) {
        const QString linkId = parser.positionalArguments().at(1);
        if (!runSync(
                sync, [&]() { sync.closeLink(linkId); }, context))
            return sync.exitCode();
        context.out << QCoreApplication::translate(
                           "cli", "The link %1 is closed: it takes no more entries. Entries that "
                                  "came in before can still be pulled.")
                           .arg(linkId)
                    << "\n";
        return Success;
    }
    if (!runSync(
            sync, [&]() { sync.createLink(parser.value(QStringLiteral("spec"))); }, context))
        return sync.exitCode();
    // The address alone on standard output, so a script can take it; the rest on errors.
    context.out << sync.linkUrl().toString() << "\n";
    context.err << QCoreApplication::translate(
                       "cli", "Give this address to the people who register themselves. Pull "
                              "their entries with: selfreg pull")
                << "\n";
    return Success;
}

int pullCommand(CommandContext &context)
{
    QCommandLineParser parser;
    addConnectionOptions(parser);
    if (!parseArguments(parser, context, Usage, 1))
        return Failure;
    auto reg =
        openRegister(parser, context, parser.positionalArguments().at(0), Action::SelfRegLinks);
    if (!reg)
        return Failure;
    const std::optional<Spec> spec = formSpec(*reg, context);
    if (!spec)
        return Failure;
    EndpointProfile profile;
    if (!profileFrom(parser, ConnectionSettings(*reg), context, &profile))
        return Failure;
    SelfRegSync sync(*reg, profile);
    sync.setLanguage(context.language);
    const DatasetSpec &participants = *spec->dataset(QStringLiteral("participants"));
    if (!runSync(
            sync, [&]() { sync.pull(participants); }, context))
        return sync.exitCode();
    const SelfRegInbox::Intake intake = sync.intake();
    context.out << QCoreApplication::translate(
                       "cli", "%1 new self-registration(s) pulled from %2 link(s); %3 were "
                              "pulled before. See them with: selfreg list")
                       .arg(intake.added)
                       .arg(sync.linksPulled())
                       .arg(intake.known)
                << "\n";
    if (intake.damaged + intake.refused == 0)
        return Success;
    context.err << QCoreApplication::translate(
                       "cli", "%1 entr(y/ies) could not be opened or hold what the form never "
                              "asks: they were changed after they were sealed, or do not come "
                              "from the page. They stay on the endpoint and are not in the "
                              "register.")
                       .arg(intake.damaged + intake.refused)
                << "\n";
    return DataErrors;
}

QString shortId(const QString &entryId)
{
    return entryId.left(8);
}

// The entry named on the command line: its whole id, or a prefix of at least 8 characters that
// only one entry has (the list shows the first 8).
std::optional<InboxEntry> findEntry(Register &reg, const QString &given, CommandContext &context)
{
    const QList<InboxEntry> all = SelfRegInbox(reg).all();
    std::optional<InboxEntry> found;
    for (const InboxEntry &e : all) {
        if (e.entryId == given || (given.size() >= 8 && e.entryId.startsWith(given))) {
            if (found) {
                found.reset();
                break;
            }
            found = e;
        }
    }
    if (!found)
        context.err << QCoreApplication::translate(
                           "cli", "There is no self-registration %1 in this register (or the "
                                  "start is not unique). See them with: selfreg list")
                           .arg(given)
                    << "\n";
    return found;
}

int listCommand(CommandContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("passphrase-file"), {}, QStringLiteral("F")});
    parser.addOption(QCommandLineOption(QStringLiteral("json")));
    if (!parseArguments(parser, context, Usage, 1))
        return Failure;
    auto reg = openRegister(parser, context, parser.positionalArguments().at(0), Action::Read);
    if (!reg)
        return Failure;
    const std::optional<Spec> spec = formSpec(*reg, context);
    if (!spec)
        return Failure;
    const QList<InboxProposal> proposals =
        proposeFor(*reg, *spec->dataset(QStringLiteral("participants")),
                   SelfRegInbox(*reg).waiting(), QDate::currentDate());
    ParticipantRepository repository(*reg);
    const auto numberOf = [&](qint64 id) {
        const std::optional<Participant> p = repository.find(id);
        return p ? p->value(u"respondentnummer") : QString();
    };
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const InboxProposal &p : proposals) {
            QJsonObject values;
            for (auto it = p.entry.record.cbegin(); it != p.entry.record.cend(); ++it)
                values.insert(it.key(), it.value());
            list.append(QJsonObject{
                {QStringLiteral("entry"), p.entry.entryId},
                {QStringLiteral("receivedAt"), p.entry.receivedAt},
                {QStringLiteral("proposedRespondentNumber"), p.respondentNumber},
                {QStringLiteral("sameAsRespondent"),
                 p.sameAsParticipant ? QJsonValue(numberOf(p.sameAsParticipant)) : QJsonValue()},
                {QStringLiteral("sameAsEntry"),
                 p.sameAsEntry.isEmpty() ? QJsonValue() : QJsonValue(p.sameAsEntry)},
                {QStringLiteral("record"), values}});
        }
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("waiting"), list}}).toJson();
        return Success;
    }
    if (proposals.isEmpty()) {
        context.out << QCoreApplication::translate("cli", "No self-registrations are waiting.")
                    << "\n";
        return Success;
    }
    for (const InboxProposal &p : proposals) {
        const Record &r = p.entry.record;
        QString line =
            QStringLiteral("%1  %2  %3 %4  %5  -> %6")
                .arg(shortId(p.entry.entryId), p.entry.receivedAt.left(10),
                     r.value(QStringLiteral("voornaam")), r.value(QStringLiteral("achternaam")),
                     r.value(QStringLiteral("geboortedatum")), p.respondentNumber);
        if (p.sameAsParticipant)
            line += QStringLiteral("  ") +
                    QCoreApplication::translate("cli", "probably already registered as %1")
                        .arg(numberOf(p.sameAsParticipant));
        else if (!p.sameAsEntry.isEmpty())
            line += QStringLiteral("  ") +
                    QCoreApplication::translate("cli", "probably the same person as entry %1")
                        .arg(shortId(p.sameAsEntry));
        context.out << line << "\n";
    }
    return Success;
}

int decideCommand(CommandContext &context, const QString &decision)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("passphrase-file"), {}, QStringLiteral("F")});
    parser.addOption({QStringLiteral("respondent"), {}, QStringLiteral("NUMBER")});
    parser.addOption({QStringLiteral("into"), {}, QStringLiteral("NUMBER")});
    if (!parseArguments(parser, context, Usage, 2))
        return Failure;
    auto reg = openRegister(parser, context, parser.positionalArguments().at(0), Action::EditData);
    if (!reg)
        return Failure;
    const std::optional<InboxEntry> entry =
        findEntry(*reg, parser.positionalArguments().at(1), context);
    if (!entry)
        return Failure;
    SelfRegInbox inbox(*reg);
    bool ok = false;
    QString done;
    if (decision == QLatin1String("reject")) {
        ok = inbox.reject(entry->entryId);
        done = QCoreApplication::translate("cli", "Rejected; its details are gone from the "
                                                  "register.");
    } else if (decision == QLatin1String("accept")) {
        const QString number = parser.isSet(QStringLiteral("respondent"))
                                   ? parser.value(QStringLiteral("respondent"))
                                   : ParticipantRepository(*reg).proposedRespondentNumber();
        qint64 id = 0;
        ok = inbox.accept(entry->entryId, number, &id);
        done = QCoreApplication::translate("cli", "Accepted as %1.").arg(number);
    } else {
        qint64 into = 0;
        if (parser.isSet(QStringLiteral("into"))) {
            const std::optional<qint64> found = ParticipantRepository(*reg).idOfRespondentNumber(
                parser.value(QStringLiteral("into")));
            if (!found) {
                context.err << reg->lastError().message() << "\n";
                return Failure;
            }
            into = *found;
        } else {
            // The participant `selfreg list` found for this entry by the spec's rule.
            const std::optional<Spec> spec = formSpec(*reg, context);
            if (!spec)
                return Failure;
            const QList<InboxProposal> proposals =
                proposeFor(*reg, *spec->dataset(QStringLiteral("participants")), inbox.waiting(),
                           QDate::currentDate());
            for (const InboxProposal &p : proposals) {
                if (p.entry.entryId == entry->entryId)
                    into = p.sameAsParticipant;
            }
        }
        if (into == 0) {
            context.err << QCoreApplication::translate(
                               "cli", "Say which participant it is with --into NUMBER (the "
                                      "respondent number).")
                        << "\n";
            return Failure;
        }
        QStringList filled;
        ok = inbox.merge(entry->entryId, into, &filled);
        done = QCoreApplication::translate("cli", "Merged; fields filled in: %1.")
                   .arg(filled.isEmpty() ? QStringLiteral("-") : filled.join(QStringLiteral(", ")));
    }
    if (!ok) {
        context.err << reg->lastError().message() << "\n";
        return Failure;
    }
    context.out << done << "\n";
    return Success;
}

int runSelfReg(CommandContext &context)
{
    const QString action = context.arguments.value(0);
    CommandContext rest{context.arguments.mid(1), context.out, context.err, context.language};
    if (action == QLatin1String("link") || action == QLatin1String("close"))
        return linkCommand(rest, action == QLatin1String("close"));
    if (action == QLatin1String("pull"))
        return pullCommand(rest);
    if (action == QLatin1String("list"))
        return listCommand(rest);
    if (action == QLatin1String("accept") || action == QLatin1String("merge") ||
        action == QLatin1String("reject"))
        return decideCommand(rest, action);
    return usage(context);
}

const CommandRegistration
    registration(QStringLiteral("selfreg"),
                 QStringLiteral("selfreg link|close|pull|list|accept|merge|reject REGISTER ..."),
                 runSelfReg);

} // namespace

} // namespace veldboek::cli
