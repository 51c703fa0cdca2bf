#include "FieldVisibility.h"

#include "FieldEditor.h"

#include <QHash>

namespace veldboek::gui {

void showFindings(const QList<FieldEditor *> &editors, const Validator &validator,
                  const QString &dataset, const Record &record, const QList<Finding> &findings,
                  const std::function<bool(const QString &key)> &speaks)
{
    QHash<QString, const Finding *> worst;
    for (const Finding &finding : findings) {
        const Finding *&current = worst[finding.field];
        if (!current || finding.severity > current->severity)
            current = &finding;
    }
    for (FieldEditor *editor : editors) {
        const QString &key = editor->key();
        editor->setRequired(validator.isRequired(dataset, key, record));
        const Finding *finding = worst.value(key);
        if (finding && speaks(key))
            editor->showCheck(finding->severity, finding->message);
        else
            editor->showCheck(Severity::None, {});
    }
}

} // namespace veldboek::gui
