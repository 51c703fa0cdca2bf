#pragma once

// How DatasetCheck.cpp counts findings: per kind of finding, how many rows and the first ten row
// numbers, in a fixed layout of slots. Internal to the engine.

#include "RowEvaluator.h"

namespace veldboek::engine {

// The findings of one kind: how many rows, and the first ten row numbers.
struct Tally
{
    int count = 0;
    int listed = 0;
    int rows[maxListedRows] = {};

    void add(int line)
    {
        ++count;
        // Rows mostly come in order; keep the ten smallest all the same.
        if (listed < maxListedRows) {
            int i = listed++;
            while (i > 0 && rows[i - 1] > line) {
                rows[i] = rows[i - 1];
                --i;
            }
            rows[i] = line;
        } else if (line < rows[maxListedRows - 1]) {
            int i = maxListedRows - 1;
            while (i > 0 && rows[i - 1] > line) {
                rows[i] = rows[i - 1];
                --i;
            }
            rows[i] = line;
        }
    }

    void merge(const Tally &other)
    {
        const int total = count + other.count;
        for (int i = 0; i < other.listed; ++i)
            add(other.rows[i]);
        count = total;
    }
};

// Where each kind of finding is tallied: field checks first (field by field, in the order of
// the check codes), then cross-field rules, then dataset rules, two slots each (kept, cleared).
struct SlotLayout
{
    int fields = 0;
    int rules = 0;
    int datasetRules = 0;

    int fieldSlot(int field, Check check, bool cleared) const
    {
        return (field * checkCount + static_cast<int>(check)) * 2 + (cleared ? 1 : 0);
    }
    int ruleSlot(int rule, bool cleared) const
    {
        return fields * checkCount * 2 + rule * 2 + (cleared ? 1 : 0);
    }
    int datasetRuleSlot(int rule, bool cleared) const
    {
        return (fields * checkCount + rules) * 2 + rule * 2 + (cleared ? 1 : 0);
    }
    int size() const { return (fields * checkCount + rules + datasetRules) * 2; }
};

} // namespace veldboek::engine
