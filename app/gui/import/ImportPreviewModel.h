#pragma once

#include "exchange/ImportPlan.h"

#include <QAbstractTableModel>
#include <QList>

namespace veldboek::gui {

// Every row of a prepared import as the preview shows it: its line in the file, validation
// state and messages, the participant it matches and the choice for it, then the mapped values.
// It reads the plan in place (100,000 rows cost no copy) and keeps only the indices of the rows
// the filter lets through. The choice column is editable for rows that match a participant.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Line, Status, Messages, Match, Choice, FirstValue };
    enum class Filter { All, Errors, Warnings, Matches };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    // `plan` must outlive the model's use of it (the wizard's session owns it).
    void setPlan(ImportPlan *plan, const DatasetSpec *dataset, const QString &language);
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    void setChoiceForAll(ImportRow::Choice choice);
    // The plan row behind a row of the model.
    int planRow(int row) const { return m_visible.value(row, -1); }

    // After the plan's rows were checked again: every row may show another state.
    void refresh();

    static QString choiceText(ImportRow::Choice choice);
    static QString matchText(ImportRow::Match match);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The user changed what happens to a matching row: the row will be another record in the
    // register, so its check has to be done again.
    void choicesChanged();

private:
    void rebuildVisible();
    QString messages(const ImportRow &row, const QString &separator) const;

    ImportPlan *m_plan = nullptr;
    const DatasetSpec *m_dataset = nullptr;
    QString m_language;
    Filter m_filter = Filter::All;
    QList<int> m_visible;
};

} // namespace veldboek::gui
