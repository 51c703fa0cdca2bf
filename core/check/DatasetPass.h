#pragma once

#include "RegisterCheck.h"
#include "storage/Register.h"
#include "storage/RegisterDatasets.h"

#include <atomic>
#include <memory>
#include <optional>

namespace veldboek {

class DatasetCheck;

// One dataset of the register read and checked a block at a time, for RegisterCheck: on the
// register's own thread and connection (read()), or on the register's reader by another thread
// (DatasetAside below), so that the largest dataset, the CEM+ answers, is checked while the
// register's thread checks the others (issue 18: the window's check of 100,000 participants).
class DatasetPass
{
public:
    // Reads and checks the dataset on the register's thread. std::nullopt on a read error.
    static std::optional<RegisterCheck::Pass> read(Register &reg, const Validator &validator,
                                                   const DatasetSpec &spec);
    // Rows per block (32,768): tests make it small, so that a small register is read in many
    // blocks.
    static void setBlockRows(qsizetype rows);
};

// The same on the register's reader, in a thread of its own from start() to wait(). Made on
// the register's thread, which it then leaves free: the readers are made here, the engine is
// a copy (it shares the compiled spec, so a spec replaced meanwhile stays alive), and all is
// read in one transaction, so a second read for the candidates sees the rows of the first.
// The register must stay open until wait() returns or the DatasetAside is destroyed.
class DatasetAside
{
public:
    // Nothing is started (valid() is false) without the reader's claim.
    DatasetAside(Register &reg, const Validator &validator, const QString &dataset);
    ~DatasetAside(); // cancels and waits
    DatasetAside(const DatasetAside &) = delete;
    DatasetAside &operator=(const DatasetAside &) = delete;

    bool valid() const;
    // `done` is called on the thread when it is done (it may post to another thread).
    void start(std::function<void()> done);
    bool isDone() const { return m_done.load(); }
    // Stops at the next block; wait() then gives std::nullopt.
    void cancel() { m_cancelled.store(true); }
    // Waits for the thread; the dataset's findings, std::nullopt when it could not be read.
    std::optional<RegisterCheck::Pass> wait();

private:
    struct State;
    std::unique_ptr<State> d;
    std::atomic<bool> m_cancelled{false};
    std::atomic<bool> m_done{false};
};

} // namespace veldboek
