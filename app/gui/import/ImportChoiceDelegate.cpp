#include "ImportChoiceDelegate.h"

#include "ImportPreviewModel.h"

#include <QComboBox>

namespace veldboek::gui {

QWidget *ImportChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                            const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("comboRowChoice"));
    combo->setAccessibleName(tr("What to do with this row"));
    for (const ImportRow::Choice choice :
         {ImportRow::Choice::Update, ImportRow::Choice::Skip, ImportRow::Choice::Add})
        combo->addItem(ImportPreviewModel::choiceText(choice), static_cast<int>(choice));
    // The choice is taken as soon as it is picked, not only when the editor closes. Emitting a
    // signal changes nothing in the delegate; Qt's createEditor is const only by its signature.
    auto *self = const_cast<ImportChoiceDelegate *>(this);
    connect(combo, &QComboBox::activated, self, [self, combo] { Q_EMIT self->commitData(combo); });
    return combo;
}

void ImportChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
}

void ImportChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                        const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}

} // namespace veldboek::gui
