// The submission package reader (core/submission/PackageReader): what the endpoint reads from a
// client's POST /api/v1/submissions. The first line of the input is the Content-Type header
// (with the multipart boundary), the rest the body; a body that starts as gzip does goes
// through GzipInflater first, as a Content-Encoding: gzip body does.
#include "FuzzSupport.h"
#include "submission/PackageReader.h"

using namespace veldboek;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::initialise();
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    if (newline < 0)
        return 0;
    const QByteArray contentType = input.left(newline);
    QByteArray body = input.mid(newline + 1);
    PackageLimits limits;
    limits.maxPackageBytes = 4 * 1024 * 1024; // small, so the limits are reached, too
    limits.maxRowsPerFile = 1000;
    if (body.startsWith("\x1f\x8b")) {
        QByteArray inflated;
        GzipInflater inflater(limits.maxPackageBytes, [&](const char *bytes, qsizetype count) {
            inflated.append(bytes, count);
            return true;
        });
        // In pieces, as the endpoint receives them.
        for (qsizetype at = 0; at < body.size(); at += 4096) {
            if (!inflater.write(body.constData() + at, std::min<qsizetype>(4096, body.size() - at)))
                break;
        }
        if (!inflater.finish())
            return 0;
        body = inflated;
    }
    PackageReader reader(contentType, QStringLiteral("en"), limits);
    int records = 0;
    reader.setRecordSink([&](int, int, QStringList &&) { return ++records < 100000; });
    for (qsizetype at = 0; at < body.size(); at += 1000) {
        if (!reader.write(body.constData() + at, std::min<qsizetype>(1000, body.size() - at)))
            break;
    }
    QList<PackageProblem> problems;
    reader.finish(&problems);
    for (const PackageProblem &problem : std::as_const(problems))
        problem.toJson();
    return 0;
}
