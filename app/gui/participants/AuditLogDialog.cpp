#include "AuditLogDialog.h"

#include "Localization.h"
#include "storage/AuditLog.h"
#include "storage/DeletionRequestRepository.h"
#include "sync/HistoryText.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace veldboek::gui {

AuditLogDialog::AuditLogDialog(Register &reg, qint64 participantId, const QString &name,
                               QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("auditLogDialog"));
    setWindowTitle(tr("History of %1").arg(name));
    auto *layout = new QVBoxLayout(this);
    // A participant who was submitted and then deleted stays until the funder has dealt with
    // the deletion request (core/storage/ParticipantRepository.cpp, remove): say how far it is.
    const DeletionRequestRecord request =
        DeletionRequestRepository(reg).forParticipant(participantId);
    if (!request.requestedAt.isEmpty()) {
        auto *state = new QLabel(
            tr("Deletion requested on %1. %2")
                .arg(shownIsoDateTime(request.requestedAt), deletionRequestStateText(request)),
            this);
        state->setObjectName(QStringLiteral("labelDeletionRequest"));
        state->setWordWrap(true);
        state->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        layout->addWidget(state);
    }
    auto *table = new QTableWidget(this);
    table->setObjectName(QStringLiteral("tableAuditLog"));
    table->setAccessibleName(tr("Changes"));
    table->setColumnCount(5);
    table->setHorizontalHeaderLabels(
        {tr("When"), tr("Who"), tr("Field"), tr("Before"), tr("After")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    QList<AuditEntry> entries =
        AuditLog(reg).entriesFor(QStringLiteral("participants"), participantId);
    std::reverse(entries.begin(), entries.end());
    table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const AuditEntry &entry = entries.at(row);
        const QDateTime at = QDateTime::fromString(entry.at, Qt::ISODateWithMs).toLocalTime();
        QString field = entry.field;
        QString after = entry.newValue;
        if (field == QLatin1String("*"))
            field = tr("(record)");
        // Written by ParticipantRepository::remove for a submitted participant: a moment, not
        // a field the user knows.
        if (field == QLatin1String("deletion_requested_at")) {
            field = tr("(deletion request)");
            after = shownIsoDateTime(after);
        }
        if (after == QLatin1String("created") && !entry.source.isEmpty())
            after = tr("created by the import of %1").arg(entry.source);
        else if (after == QLatin1String("created"))
            after = tr("created");
        else if (after == QLatin1String("deleted"))
            after = tr("deleted");
        const QStringList cells = {shownDateTime(at), entry.actor, field, entry.oldValue, after};
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    table->resizeColumnsToContents();
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(680, 360);
}

} // namespace veldboek::gui
