// The client's reading of the endpoint's answers (core/validation/ValidationReport::fromJson,
// core/submission's manifest): a report, as a receipt or GET /api/v1/submissions/{id} returns
// it, and a manifest, as the endpoint reads it from a package.
#include "FuzzSupport.h"
#include "submission/SubmissionPackage.h"
#include "validation/ValidationReport.h"

#include <QJsonDocument>

using namespace veldboek;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::initialise();
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    const QJsonObject object = document.object();
    const ValidationReport report = ValidationReport::fromJson(object);
    report.toText();
    report.toJson();
    QString error;
    if (const auto manifest = SubmissionManifest::fromJson(object, &error))
        manifest->toJson();
    return 0;
}
