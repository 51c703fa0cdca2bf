// read_benchmark REGISTER PASSPHRASE_FILE [rounds=5]: reading an existing register as a check or
// a submission reads it (issue 18, goal 1: at most 1,000 ms at 100,000 participants). Per round
// it times each dataset of the specs in force (SpecDatasets::load) and then the whole
// RegisterSnapshot::read (which reads the CEM+ answers on a second connection in parallel,
// storage/SpecDatasets.cpp), and prints the fastest and the median round; a SHA-256 over every
// row, of the datasets one by one and of the snapshot, shows that both give the very same rows
// (and that a change to the reading code or the schema does not change them).
// Make a register with `veldboek-cli init R --passphrase-file F --demo 100000`.
#include "storage/KeyStore.h"
#include "storage/Register.h"
#include "storage/SpecDatasets.h"
#include "sync/RegisterPackage.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <algorithm>
#include <cstdio>

using namespace veldboek;

namespace {

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void print(const char *what, QList<double> times, const QString &extra = {})
{
    std::sort(times.begin(), times.end());
    std::printf("%-28s fastest %6.0f ms, median %6.0f ms%s\n", what, times.first(),
                times.at(times.size() / 2), qPrintable(extra));
}

// Every row's participant, values and line end, in order.
void addRows(QCryptographicHash &hash, const DataTable &table, const QList<qint64> &participantIds)
{
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        hash.addData(QByteArray::number(participantIds.at(r)));
        hash.addData(table.rows.at(r).values.join(QChar(0x1f)).toUtf8());
        hash.addData("\n");
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: read_benchmark REGISTER PASSPHRASE_FILE [rounds]\n");
        return 2;
    }
    QFile passphraseFile(QString::fromLocal8Bit(argv[2]));
    if (!passphraseFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", argv[2]);
        return 2;
    }
    const QByteArray passphrase = passphraseFile.readAll().trimmed();
    const int rounds = argc > 3 ? std::max(1, QByteArray(argv[3]).toInt()) : 5;
    RegisterError error;
    auto reg = KeyStore::open(QString::fromLocal8Bit(argv[1]), passphrase, &error);
    if (!reg) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 2;
    }
    QString specError;
    const std::optional<QList<Spec>> specs = SpecDatasets(*reg).specs(&specError);
    if (!specs) {
        std::fprintf(stderr, "%s\n", qPrintable(specError));
        return 2;
    }
    QMap<QString, QList<double>> perDataset;
    QMap<QString, qsizetype> rowCounts;
    QList<double> whole;
    QByteArray digest;
    QByteArray snapshotDigest;
    for (int round = 0; round < rounds; ++round) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const Spec &spec : *specs) {
            for (const DatasetSpec &dataset : spec.datasets) {
                if (!RegisterDatasets::datasets().contains(dataset.name))
                    continue;
                RegisterDatasets::Table table;
                QElapsedTimer timer;
                timer.start();
                if (!SpecDatasets(*reg).load(dataset, &table)) {
                    std::fprintf(stderr, "%s\n", qPrintable(reg->lastError().message()));
                    return 2;
                }
                perDataset[dataset.name].append(msSince(timer));
                rowCounts[dataset.name] = table.table.rows.size();
                if (round == 0)
                    addRows(hash, table.table, table.participantIds);
            }
        }
        if (round == 0)
            digest = hash.result().toHex();
        QElapsedTimer timer;
        timer.start();
        const std::optional<RegisterSnapshot> snapshot = RegisterSnapshot::read(*reg, &specError);
        whole.append(msSince(timer)); // without freeing it again
        if (!snapshot) {
            std::fprintf(stderr, "%s\n", qPrintable(specError));
            return 2;
        }
        if (round == 0) {
            QCryptographicHash snapshotHash(QCryptographicHash::Sha256);
            for (const RegisterSnapshot::Part &part : snapshot->parts)
                addRows(snapshotHash, part.table, part.participantIds);
            snapshotDigest = snapshotHash.result().toHex();
        }
    }
    for (auto it = perDataset.cbegin(); it != perDataset.cend(); ++it)
        print(qPrintable(it.key()), it.value(),
              QStringLiteral(" (%1 rows)").arg(rowCounts.value(it.key())));
    print("read register (snapshot)", whole);
    // The same rows in the same order, read one dataset at a time or as a snapshot (in parallel).
    std::printf("rows digest: %s (datasets), %s (snapshot)\n", digest.constData(),
                snapshotDigest.constData());
    return 0;
}
