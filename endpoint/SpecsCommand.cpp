#include "SpecsCommand.h"

#include "validation/SpecDocument.h"

#include <QTextStream>

namespace veldboek {

int specsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // arguments: veldboek-endpoint specs check DIR
    if (arguments.value(2) != QLatin1String("check") || arguments.size() != 4) {
        err << "usage: veldboek-endpoint specs check DIR\n";
        return 2;
    }
    SpecError error;
    const std::optional<QList<SpecDocument>> documents =
        SpecDirectory::load(arguments.at(3), &error);
    if (!documents) {
        err << "specs check: " << error.toString() << "\n";
        return 2;
    }
    for (const SpecDocument &document : *documents) {
        qsizetype fields = 0;
        qsizetype rules = 0;
        for (const DatasetSpec &dataset : document.spec.datasets) {
            fields += dataset.fields.size();
            rules += dataset.rules.size() + dataset.datasetRules.size();
        }
        out << document.spec.id << " " << document.spec.version << ": "
            << document.spec.datasets.size() << " dataset(s), " << fields << " field(s), " << rules
            << " rule(s), sha256 " << QString::fromLatin1(document.sha256.left(16)) << "\n";
    }
    return 0;
}

} // namespace veldboek
