#pragma once

#include "Register.h"
#include "validation/DataTable.h"

#include <QList>
#include <QSqlError>
#include <QStringList>
#include <memory>

namespace veldboek {

// The register's contents as the datasets of the data-request specs: the very rows a submission
// file would hold, in the same order, with the same line numbers (header = line 1). So the
// engine's report on the register is the report the endpoint will give on the submitted file.
// Participants with a deletion request are left out: the funder deletes them on request.
class RegisterDatasets
{
public:
    struct Table
    {
        DataTable table;
        QList<qint64> participantIds; // per row: the participant to open when the user clicks it
    };

    // One dataset read a block of rows at a time, with load()'s rows and line numbers, so that
    // a caller can check a large dataset without holding all of it (check/RegisterCheck.cpp).
    // The statement stays open between blocks: read all blocks before the register is written.
    class Reader
    {
    public:
        // Made on the register's thread. On Register::Connection::Reader, read() may then run on
        // one other thread; a read error is not set on the register (not thread-safe) but kept in
        // error(), for the register's thread to pass on. With `participants`, only their rows
        // (a few hundred ids at a time: they are written into the statement), numbered from
        // line 2 as if they were all there is.
        Reader(Register &reg, const QString &dataset, const QStringList &columns,
               Register::Connection on = Register::Connection::Main,
               const QList<qint64> &participants = {});
        ~Reader();
        Reader(const Reader &) = delete;
        Reader &operator=(const Reader &) = delete;

        // False for a dataset this build does not store or a statement that failed (the
        // register's lastError() says which).
        bool isValid() const;
        // The next rows, at most `maxRows`, into *out (its rows replaced, their lists of values
        // reused; no counts): fewer, or none, at the end. False on a read error (the register's
        // lastError()).
        bool read(qsizetype maxRows, Table *out);
        bool atEnd() const;
        int rowsRead() const;
        QSqlError error() const;
        // All (remaining) rows, counted as the submitted file will be: a header line and a
        // line per row. False on a read error.
        bool readAll(Table *out);

    private:
        struct State;
        Register &m_register;
        std::unique_ptr<State> d;
    };

    explicit RegisterDatasets(Register &reg)
        : m_register(reg)
    {}

    // Dataset names: participants, gas, problem, cem. `columns` are the spec's field keys;
    // a key the register does not hold gives an empty column. A participant field without a
    // column of its own comes from participant_fields (ParticipantExtraFields.h), so the fields of
    // a spec fetched from the endpoint are read like the others. False on a read error.
    bool load(const QString &dataset, const QStringList &columns, Table *out) const;
    static QStringList datasets();
    // A CEM+ row's age: whole years between the date of birth and the measurement (dd-MM-yyyy),
    // else the participant's stated age. ImportPlan computes it the same way.
    static QString ageAt(const QString &birth, const QString &measured, const QString &statedAge);

private:
    Register &m_register;
};

} // namespace veldboek
