#pragma once

#include <functional>

namespace veldboek {

class ImportPlan;
class Register;
class Validator;

// Writes a prepared import into the register in ONE transaction: all rows or none. A cancel
// (the progress callback returning false) or any failure rolls everything back.
// Participants are added, updated or skipped as each row's choice says, a row that repeats an
// earlier one (ImportRow::repeats) is left out, as the plan's verdict leaves it out; scores and
// CEM+ answers
// are attached to the participant with the same citizen service number (or, for CEM+, the same
// client reference as respondent number), who is created when absent.
class ImportWriter
{
public:
    struct Outcome
    {
        int imported = 0; // rows written
        int added = 0;    // participants created
        int updated = 0;  // participants updated
        int skipped = 0;
        // Rows of the file that repeat an earlier row's record (ImportRow::repeats): not written.
        int repeated = 0;
        bool cancelled = false;
    };
    // progress(done, total): false cancels.
    using Progress = std::function<bool(int done, int total)>;

    explicit ImportWriter(Register &reg)
        : m_register(reg)
    {}
    bool write(const ImportPlan &plan, const Progress &progress, Outcome *outcome);
    // For a plan prepared without its check (ImportPlan::Options::check = false): writes it while
    // the validator checks it on the other core. The check only flags rows and never changes
    // what is written, so neither needs to wait for the other. Afterwards the plan has its report
    // and row states, whether the write succeeded or not.
    bool writeWhileChecking(ImportPlan &plan, const Validator &validator, const Progress &progress,
                            Outcome *outcome);

private:
    bool writeParticipants(const ImportPlan &plan, const Progress &progress, Outcome *outcome);
    bool writeOutcomes(const ImportPlan &plan, const Progress &progress, Outcome *outcome);
    Register &m_register;
};

} // namespace veldboek
