#include "SelfRegDialog.h"

#include "GuiLocalization.h"
#include "Question.h"
#include "selfreg/SelfRegSync.h"
#include "storage/ParticipantRepository.h"
#include "storage/Register.h"
#include "sync/ConnectionSettings.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace veldboek::gui {

namespace {

enum Column { Received, Name, Born, Postcode, Number, SameAs, ColumnCount };

const QString Participants = QStringLiteral("participants");

QString shownDate(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm")) : iso;
}

} // namespace

SelfRegDialog::SelfRegDialog(std::function<Register *()> currentRegister, QWidget *parent)
    : QDialog(parent)
    , m_register(std::move(currentRegister))
{
    setObjectName(QStringLiteral("selfRegDialog"));
    setWindowTitle(tr("Self-registrations"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildLinkBox());
    layout->addWidget(buildWaitingBox(), 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("selfRegStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_address->text()); });
    connect(m_make, &QPushButton::clicked, this, &SelfRegDialog::makeLink);
    connect(m_close, &QPushButton::clicked, this, &SelfRegDialog::closeLink);
    connect(m_pull, &QPushButton::clicked, this, &SelfRegDialog::pull);
    connect(m_accept, &QPushButton::clicked, this, &SelfRegDialog::acceptSelected);
    connect(m_merge, &QPushButton::clicked, this, &SelfRegDialog::mergeSelected);
    connect(m_reject, &QPushButton::clicked, this, &SelfRegDialog::rejectSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        if (const InboxProposal *p = selected())
            m_number->setText(p->respondentNumber);
        updateButtons();
    });
    resize(820, 520);
    reload();
}

SelfRegDialog::~SelfRegDialog() = default;

QWidget *SelfRegDialog::buildLinkBox()
{
    auto *linkBox = new QGroupBox(tr("Link for self-registration"), this);
    auto *linkLayout = new QVBoxLayout(linkBox);
    auto *explain = new QLabel(
        tr("Young people register themselves at this address, on their own phone or computer, "
           "without logging in. What they send is encrypted for this register only: the "
           "endpoint keeps it without being able to read it."),
        linkBox);
    explain->setWordWrap(true);
    linkLayout->addWidget(explain);
    auto *addressRow = new QHBoxLayout;
    auto *addressLabel = new QLabel(tr("&Address:"), linkBox);
    m_address = new QLineEdit(linkBox);
    m_address->setObjectName(QStringLiteral("selfRegAddress"));
    m_address->setReadOnly(true);
    m_address->setPlaceholderText(tr("No open link yet"));
    addressLabel->setBuddy(m_address);
    m_copy = new QPushButton(tr("&Copy"), linkBox);
    addressRow->addWidget(addressLabel);
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(m_copy);
    linkLayout->addLayout(addressRow);
    auto *linkButtons = new QHBoxLayout;
    m_make = new QPushButton(tr("&New link"), linkBox);
    m_make->setObjectName(QStringLiteral("selfRegMakeLink"));
    m_close = new QPushButton(tr("C&lose link"), linkBox);
    m_close->setObjectName(QStringLiteral("selfRegCloseLink"));
    m_pull = new QPushButton(tr("&Fetch entries"), linkBox);
    m_pull->setObjectName(QStringLiteral("selfRegPull"));
    linkButtons->addWidget(m_make);
    linkButtons->addWidget(m_close);
    linkButtons->addStretch(1);
    linkButtons->addWidget(m_pull);
    linkLayout->addLayout(linkButtons);
    return linkBox;
}

// The entries waiting for staff, and the three decisions.
QWidget *SelfRegDialog::buildWaitingBox()
{
    auto *waitingBox = new QGroupBox(tr("Waiting to be completed"), this);
    auto *waitingLayout = new QVBoxLayout(waitingBox);
    m_table = new QTableWidget(0, ColumnCount, waitingBox);
    m_table->setObjectName(QStringLiteral("selfRegTable"));
    m_table->setHorizontalHeaderLabels({tr("Received"), tr("Name"), tr("Date of birth"),
                                        tr("Postcode"), tr("Respondent number"),
                                        tr("Probably already registered")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(SameAs, QHeaderView::Stretch);
    waitingLayout->addWidget(m_table, 1);
    auto *decide = new QHBoxLayout;
    auto *numberLabel = new QLabel(tr("Respondent &number:"), waitingBox);
    m_number = new QLineEdit(waitingBox);
    m_number->setObjectName(QStringLiteral("selfRegNumber"));
    numberLabel->setBuddy(m_number);
    m_accept = new QPushButton(tr("&Accept as new participant"), waitingBox);
    m_accept->setObjectName(QStringLiteral("selfRegAccept"));
    m_merge = new QPushButton(tr("&Merge with known participant"), waitingBox);
    m_merge->setObjectName(QStringLiteral("selfRegMerge"));
    m_reject = new QPushButton(tr("&Reject…"), waitingBox);
    m_reject->setObjectName(QStringLiteral("selfRegReject"));
    decide->addWidget(numberLabel);
    decide->addWidget(m_number);
    decide->addWidget(m_accept);
    decide->addWidget(m_merge);
    decide->addStretch(1);
    decide->addWidget(m_reject);
    waitingLayout->addLayout(decide);
    return waitingBox;
}

void SelfRegDialog::reload()
{
    Register *reg = m_register();
    if (!reg)
        return;
    QString error;
    m_spec = selfRegistrationSpec(*reg, &error);
    if (!m_spec)
        showProblem(error);
    // The newest open link made at the endpoint this register is connected to.
    const EndpointProfile profile = ConnectionSettings(*reg).load(&error);
    m_link = {};
    const QList<SelfRegLinkRecord> links = SelfRegInbox(*reg).links();
    for (const SelfRegLinkRecord &link : links) {
        if (link.closedAt.isEmpty() && QUrl(link.endpoint).adjusted(QUrl::StripTrailingSlash) ==
                                           profile.url.adjusted(QUrl::StripTrailingSlash))
            m_link = link;
    }
    m_address->setText(m_link.id.isEmpty()
                           ? QString()
                           : profile.resolved(QStringLiteral("/r/") + m_link.id).toString());
    const int row = m_table->currentRow();
    m_proposals = m_spec ? proposeFor(*reg, *m_spec->dataset(Participants),
                                      SelfRegInbox(*reg).waiting(), QDate::currentDate())
                         : QList<InboxProposal>();
    ParticipantRepository repository(*reg);
    m_table->setRowCount(static_cast<int>(m_proposals.size()));
    for (int i = 0; i < m_proposals.size(); ++i) {
        const InboxProposal &p = m_proposals.at(i);
        const Record &r = p.entry.record;
        QString sameAs;
        if (p.sameAsParticipant) {
            const std::optional<Participant> known = repository.find(p.sameAsParticipant);
            sameAs =
                known
                    ? tr("as %1 (%2)").arg(known->value(u"respondentnummer"), known->displayName())
                    : QString();
        } else if (!p.sameAsEntry.isEmpty()) {
            sameAs = tr("sent twice: see the entry above");
        }
        const QStringList cells{shownDate(p.entry.receivedAt),
                                QStringLiteral("%1 %2").arg(r.value(QStringLiteral("voornaam")),
                                                            r.value(QStringLiteral("achternaam"))),
                                r.value(QStringLiteral("geboortedatum")),
                                r.value(QStringLiteral("postcode")),
                                p.respondentNumber,
                                sameAs};
        for (int c = 0; c < ColumnCount; ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    for (int c = 0; c < SameAs; ++c)
        m_table->resizeColumnToContents(c);
    if (!m_proposals.isEmpty())
        m_table->selectRow(qBound(0, row, static_cast<int>(m_proposals.size()) - 1));
    else
        m_number->clear();
    updateButtons();
}

void SelfRegDialog::updateButtons()
{
    Register *reg = m_register();
    const bool links = reg && reg->allows(Action::SelfRegLinks) && !m_busy;
    const QString refusal = roles::refusal(Action::SelfRegLinks);
    for (QPushButton *button : {m_make, m_close, m_pull})
        button->setToolTip(reg && !reg->allows(Action::SelfRegLinks) ? refusal : QString());
    m_make->setEnabled(links && m_spec.has_value());
    m_close->setEnabled(links && !m_link.id.isEmpty());
    m_pull->setEnabled(links && m_spec.has_value());
    m_copy->setEnabled(!m_link.id.isEmpty());
    const InboxProposal *p = selected();
    const bool decide = p && reg && reg->allows(Action::EditData) && !m_busy;
    m_accept->setEnabled(decide);
    m_number->setEnabled(decide);
    m_reject->setEnabled(decide);
    m_merge->setEnabled(decide && p->sameAsParticipant != 0);
    m_merge->setToolTip(decide && p->sameAsParticipant == 0
                            ? tr("No registered participant is the same person by the data "
                                 "request's rule.")
                            : QString());
}

const InboxProposal *SelfRegDialog::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_proposals.size() && m_table->selectionModel()->hasSelection()
               ? &m_proposals.at(row)
               : nullptr;
}

void SelfRegDialog::showProblem(const QString &text)
{
    m_status->setText(text);
    m_status->setStyleSheet(QStringLiteral("color: palette(bright-text); background: #b3261e; "
                                           "padding: 4px;"));
}

void SelfRegDialog::showDone(const QString &text)
{
    m_status->setText(text);
    m_status->setStyleSheet(QString());
}

void SelfRegDialog::runSync(const std::function<void(SelfRegSync &)> &start,
                            const std::function<void(SelfRegSync &)> &done)
{
    Register *reg = m_register();
    if (!reg || m_busy)
        return;
    QString error;
    const EndpointProfile profile = ConnectionSettings(*reg).load(&error);
    if (!profile.isUsable(&error)) {
        showProblem(tr("Set up the connection to the endpoint first (Submit > Connection "
                       "settings): %1")
                        .arg(error));
        return;
    }
    m_sync = std::make_unique<SelfRegSync>(*reg, profile);
    m_sync->setLanguage(currentLanguage());
    m_busy = true;
    updateButtons();
    setCursor(Qt::BusyCursor);
    showDone(tr("Asking the endpoint…"));
    connect(m_sync.get(), &SelfRegSync::progress, this, &SelfRegDialog::showDone);
    connect(m_sync.get(), &SelfRegSync::finished, this, [this, done] {
        m_busy = false;
        unsetCursor();
        if (m_sync->ok())
            done(*m_sync);
        else
            showProblem(m_sync->message());
        m_sync.release()->deleteLater();
        reload();
        Q_EMIT idle();
    });
    start(*m_sync);
}

void SelfRegDialog::makeLink()
{
    runSync([this](SelfRegSync &sync) { sync.createLink(m_spec ? m_spec->id : QString()); },
            [this](SelfRegSync &sync) {
                showDone(tr("The new link is ready. Copy the address and share it with the "
                            "people who register themselves: %1")
                             .arg(sync.linkUrl().toString()));
            });
}

void SelfRegDialog::closeLink()
{
    if (m_link.id.isEmpty() ||
        !Question::ask(this, QStringLiteral("selfRegCloseLink"), tr("Close link"),
                       tr("Close this link? Nobody can register through it any more. What came "
                          "in before can still be fetched."),
                       tr("Close link")))
        return;
    const QString linkId = m_link.id;
    runSync([linkId](SelfRegSync &sync) { sync.closeLink(linkId); },
            [this](SelfRegSync &) {
                showDone(tr("The link is closed. Make a new one when people should register "
                            "again."));
            });
}

void SelfRegDialog::pull()
{
    if (!m_spec)
        return;
    const DatasetSpec *participants = m_spec->dataset(Participants);
    runSync([participants](SelfRegSync &sync) { sync.pull(*participants); },
            [this](SelfRegSync &sync) {
                const SelfRegInbox::Intake intake = sync.intake();
                QString text = tr("%n new self-registration(s) fetched.", nullptr, intake.added);
                if (intake.damaged + intake.refused > 0) {
                    showProblem(text + QLatin1Char(' ') +
                                tr("%n entr(y/ies) could not be opened or hold what the form "
                                   "never asks. They stay on the endpoint; tell your "
                                   "administrator.",
                                   nullptr, intake.damaged + intake.refused));
                    return;
                }
                showDone(text);
            });
}

void SelfRegDialog::acceptSelected()
{
    const InboxProposal *p = selected();
    Register *reg = m_register();
    if (!p || !reg)
        return;
    qint64 id = 0;
    const QString number = m_number->text().trimmed();
    if (!SelfRegInbox(*reg).accept(p->entry.entryId, number, &id)) {
        showProblem(reg->lastError().message());
        return;
    }
    showDone(tr("Accepted as %1. Complete the participant in the register (end date, reason).")
                 .arg(number));
    reload();
    Q_EMIT participantsChanged();
}

void SelfRegDialog::mergeSelected()
{
    const InboxProposal *p = selected();
    Register *reg = m_register();
    if (!p || !reg || p->sameAsParticipant == 0)
        return;
    QStringList filled;
    if (!SelfRegInbox(*reg).merge(p->entry.entryId, p->sameAsParticipant, &filled)) {
        showProblem(reg->lastError().message());
        return;
    }
    showDone(filled.isEmpty() ? tr("Merged. The participant already had every value it sent.")
                              : tr("Merged. Filled in where the participant had no value: %1.")
                                    .arg(filled.join(QStringLiteral(", "))));
    reload();
    Q_EMIT participantsChanged();
}

void SelfRegDialog::rejectSelected()
{
    const InboxProposal *p = selected();
    Register *reg = m_register();
    if (!p || !reg ||
        !Question::ask(this, QStringLiteral("selfRegReject"), tr("Reject self-registration"),
                       tr("Reject this self-registration? Its details are removed from the "
                          "register."),
                       tr("Reject")))
        return;
    if (!SelfRegInbox(*reg).reject(p->entry.entryId)) {
        showProblem(reg->lastError().message());
        return;
    }
    showDone(tr("Rejected; its details are removed."));
    reload();
}

} // namespace veldboek::gui
