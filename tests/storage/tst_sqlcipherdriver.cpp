// Conformance of the SQLCipher Qt SQL driver: types, bindings, transactions, errors, models.
#include "keys/CipherKey.h"
#include "storage/SqlCipherDriver.h"

#include <QDate>
#include <QSqlError>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QTemporaryDir>
#include <QTest>
#include <limits>

using namespace veldboek;

class TestSqlCipherDriver : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("db%1.veldboek").arg(++m_counter)); }

    static QSqlDatabase connect(const QString &name, const QString &path, CipherKey key,
                                bool create = true)
    {
        auto *driver = new SqlCipherDriver;
        driver->setKey(std::move(key));
        driver->setCreateIfMissing(create);
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        db.setDatabaseName(path);
        db.open();
        return db;
    }
    static CipherKey fixedKey(char fill = 'k')
    {
        return CipherKey::raw(QByteArray(CipherKey::RawKeySize, fill));
    }
    static void drop(const QString &name)
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

private slots:
    void cleanup()
    {
        const QStringList names = QSqlDatabase::connectionNames();
        for (const QString &name : names)
            drop(name);
    }

    void storesEveryType_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QVariant>("expected");
        QTest::newRow("null") << QVariant() << QVariant();
        QTest::newRow("int64 max") << QVariant(std::numeric_limits<qint64>::max())
                                   << QVariant(std::numeric_limits<qint64>::max());
        QTest::newRow("int64 min") << QVariant(std::numeric_limits<qint64>::min())
                                   << QVariant(std::numeric_limits<qint64>::min());
        QTest::newRow("int") << QVariant(-42) << QVariant(qlonglong(-42));
        QTest::newRow("bool") << QVariant(true) << QVariant(qlonglong(1));
        QTest::newRow("double") << QVariant(3.141592653589793) << QVariant(3.141592653589793);
        QTest::newRow("tiny double") << QVariant(1e-300) << QVariant(1e-300);
        QTest::newRow("utf-8 text")
            << QVariant(QString::fromUtf8("Zoë Öztürk, Curaçao 🙂 ĳ"))
            << QVariant(QString::fromUtf8("Zoë Öztürk, Curaçao 🙂 ĳ"));
        QTest::newRow("empty text")
            << QVariant(QString(QLatin1String(""))) << QVariant(QString(QLatin1String("")));
        QTest::newRow("blob with zero bytes") << QVariant(QByteArray("\x00\x01\xff\x00z", 5))
                                              << QVariant(QByteArray("\x00\x01\xff\x00z", 5));
        QTest::newRow("date") << QVariant(QDate(2024, 2, 29))
                              << QVariant(QStringLiteral("2024-02-29"));
        QTest::newRow("datetime") << QVariant(QDateTime(QDate(2023, 1, 1), QTime(12, 30, 15, 250),
                                                        Qt::UTC))
                                  << QVariant(QStringLiteral("2023-01-01T12:30:15.250Z"));
    }
    void storesEveryType()
    {
        QFETCH(QVariant, value);
        QFETCH(QVariant, expected);
        QSqlDatabase db = connect(QStringLiteral("types"), freshPath(), fixedKey());
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (v)")));
        QVERIFY(query.prepare(QStringLiteral("INSERT INTO t (v) VALUES (?)")));
        query.addBindValue(value);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QVERIFY(query.exec(QStringLiteral("SELECT v FROM t")));
        QVERIFY(query.next());
        QCOMPARE(query.isNull(0), expected.isNull());
        if (!expected.isNull())
            QCOMPARE(query.value(0), expected);
        if (value.typeId() == QMetaType::QDate)
            QCOMPARE(query.value(0).toDate(), value.toDate());
    }

    void positionalAndNamedBindings()
    {
        QSqlDatabase db = connect(QStringLiteral("bind"), freshPath(), fixedKey());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE p (a INTEGER, b TEXT, c TEXT)")));
        QVERIFY(query.prepare(QStringLiteral("INSERT INTO p VALUES (?, ?, ?)")));
        query.addBindValue(1);
        query.addBindValue(QStringLiteral("een"));
        query.addBindValue(QVariant());
        QVERIFY(query.exec());
        QVERIFY(query.prepare(QStringLiteral("INSERT INTO p VALUES (:a, :b, :b)")));
        query.bindValue(QStringLiteral(":b"), QStringLiteral("twee"));
        query.bindValue(QStringLiteral(":a"), 2);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QVERIFY(query.prepare(QStringLiteral("SELECT a, b, c FROM p WHERE b = :name OR a = :n")));
        query.bindValue(QStringLiteral(":name"), QStringLiteral("twee"));
        query.bindValue(QStringLiteral(":n"), 99);
        QVERIFY(query.exec());
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 2);
        QCOMPARE(query.value(2).toString(), QStringLiteral("twee"));
        QVERIFY(!query.next());
        // Re-executing a prepared statement with new values reuses it.
        QVERIFY(query.prepare(QStringLiteral("SELECT count(*) FROM p WHERE a = ?")));
        for (int a = 1; a <= 3; ++a) {
            query.bindValue(0, a);
            QVERIFY(query.exec());
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), a <= 2 ? 1 : 0);
        }
        // A parameter count mismatch is an error, not silently NULL.
        QVERIFY(query.prepare(QStringLiteral("SELECT ?, ?")));
        query.addBindValue(1);
        QVERIFY(!query.exec());
    }

    void transactionsCommitAndRollBack()
    {
        QSqlDatabase db = connect(QStringLiteral("tx"), freshPath(), fixedKey());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (v INTEGER)")));
        QVERIFY(db.transaction());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        QVERIFY(db.rollback());
        QVERIFY(db.transaction());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES (2)")));
        QVERIFY(db.commit());
        QVERIFY(query.exec(QStringLiteral("SELECT group_concat(v) FROM t")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("2"));
    }

    void lastInsertIdAndRowsAffected()
    {
        QSqlDatabase db = connect(QStringLiteral("id"), freshPath(), fixedKey());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO t (id, v) VALUES (41, 'a')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO t (v) VALUES ('b')")));
        QCOMPARE(query.lastInsertId().toLongLong(), 42);
        QVERIFY(query.exec(QStringLiteral("UPDATE t SET v = 'c'")));
        QCOMPARE(query.numRowsAffected(), 2);
    }

    void errorsCarryTexts()
    {
        QSqlDatabase db = connect(QStringLiteral("err"), freshPath(), fixedKey());
        QSqlQuery query(db);
        QVERIFY(!query.exec(QStringLiteral("SELEKT 1")));
        QVERIFY(query.lastError().databaseText().contains(QLatin1String("syntax error")));
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE u (v TEXT UNIQUE)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO u VALUES ('x')")));
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO u VALUES ('x')")));
        QVERIFY(query.lastError().databaseText().contains(QLatin1String("UNIQUE")));
        QCOMPARE(query.lastError().type(), QSqlError::TransactionError);
    }

    void scrollableQueriesSeekBack()
    {
        QSqlDatabase db = connect(QStringLiteral("scroll"), freshPath(), fixedKey());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (v INTEGER)")));
        for (int i = 0; i < 5; ++i)
            QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES (%1)").arg(i)));
        QVERIFY(query.exec(QStringLiteral("SELECT v FROM t ORDER BY v")));
        QVERIFY(query.seek(3));
        QCOMPARE(query.value(0).toInt(), 3);
        QVERIFY(query.seek(1));
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.last());
        QCOMPARE(query.value(0).toInt(), 4);
        QVERIFY(!query.seek(5));
    }

    void tableModelEditsAndSubmits()
    {
        const QString path = freshPath();
        QSqlDatabase db = connect(QStringLiteral("model"), path, fixedKey());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE m (id INTEGER PRIMARY KEY, name TEXT)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO m (name) VALUES ('Anaïs'), ('Björn')")));
        QCOMPARE(db.tables(), QStringList{QStringLiteral("m")});
        QCOMPARE(db.primaryIndex(QStringLiteral("m")).fieldName(0), QStringLiteral("id"));
        QSqlTableModel model(nullptr, db);
        model.setTable(QStringLiteral("m"));
        model.setEditStrategy(QSqlTableModel::OnManualSubmit);
        QVERIFY2(model.select(), qPrintable(model.lastError().text()));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.setData(model.index(1, 1), QStringLiteral("Daniël")));
        const int row = model.rowCount();
        QVERIFY(model.insertRow(row));
        QVERIFY(model.setData(model.index(row, 1), QStringLiteral("Zoë")));
        QVERIFY2(model.submitAll(), qPrintable(model.lastError().text()));
        QVERIFY(query.exec(QStringLiteral("SELECT group_concat(name, '|') FROM m")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QString::fromUtf8("Anaïs|Daniël|Zoë"));
        QVERIFY(model.removeRow(0));
        QVERIFY(model.submitAll());
        QVERIFY(model.select());
        QCOMPARE(model.rowCount(), 2);
    }

    void twoConnectionsSeeEachOthersCommits()
    {
        const QString path = freshPath();
        QSqlDatabase writer = connect(QStringLiteral("w"), path, fixedKey());
        QSqlQuery w(writer);
        QVERIFY(w.exec(QStringLiteral("CREATE TABLE t (v INTEGER)")));
        QSqlDatabase reader = connect(QStringLiteral("r"), path, fixedKey(), false);
        QVERIFY2(reader.isOpen(), qPrintable(reader.lastError().text()));
        QVERIFY(writer.transaction());
        QVERIFY(w.exec(QStringLiteral("INSERT INTO t VALUES (7)")));
        QSqlQuery r(reader);
        QVERIFY(r.exec(QStringLiteral("SELECT count(*) FROM t")));
        QVERIFY(r.next());
        QCOMPARE(r.value(0).toInt(), 0); // not committed yet: WAL readers see the last commit
        QVERIFY(writer.commit());
        QVERIFY(r.exec(QStringLiteral("SELECT count(*) FROM t")));
        QVERIFY(r.next());
        QCOMPARE(r.value(0).toInt(), 1);
    }

    void passphraseAndRawKeysOpenOnlyWithTheRightKey()
    {
        const QString path = freshPath();
        {
            QSqlDatabase db = connect(QStringLiteral("pass"), path,
                                      CipherKey::passphrase(QByteArray("correct horse")));
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (v)")));
        }
        drop(QStringLiteral("pass"));
        QSqlDatabase wrong = connect(QStringLiteral("wrong"), path,
                                     CipherKey::passphrase(QByteArray("wrong horse")), false);
        QVERIFY(!wrong.isOpen());
        QCOMPARE(wrong.lastError().nativeErrorCode(), QStringLiteral("26")); // SQLITE_NOTADB
        QSqlDatabase raw = connect(QStringLiteral("raw"), path, fixedKey(), false);
        QVERIFY(!raw.isOpen());
        QSqlDatabase right = connect(QStringLiteral("right"), path,
                                     CipherKey::passphrase(QByteArray("correct horse")), false);
        QVERIFY2(right.isOpen(), qPrintable(right.lastError().text()));
        QCOMPARE(right.tables(), QStringList{QStringLiteral("t")});
    }

    void refusesToOpenWithoutAKey()
    {
        QSqlDatabase db = connect(QStringLiteral("nokey"), freshPath(), CipherKey());
        QVERIFY(!db.isOpen());
    }

    void unencryptedModeIsPlainSqlite()
    {
        const QString path = freshPath();
        {
            QSqlDatabase db = connect(QStringLiteral("plain"), path, CipherKey::unencrypted());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (v)")));
        }
        drop(QStringLiteral("plain"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(16).startsWith("SQLite format 3"));
    }
};

QTEST_GUILESS_MAIN(TestSqlCipherDriver)
#include "tst_sqlcipherdriver.moc"
