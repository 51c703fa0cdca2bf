#pragma once

#include <QStyledItemDelegate>

namespace veldboek::gui {

// Edits a preview row's choice (add / update / skip) with a combo box, from the keyboard (F2 or
// typing) as well as with the mouse.
class ImportChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace veldboek::gui
