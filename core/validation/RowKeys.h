#pragma once

// How DatasetCheck.cpp finds repeated keys: a 64-bit hash per row's key with the row's number,
// in buckets that are sorted on the thread pool; only rows sharing a hash are compared by their
// real keys. Internal to the engine.

#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <vector>

namespace veldboek::engine {

using KeyedRows = std::vector<std::pair<quint64, int>>; // (key hash, row index)

inline quint64 mix(quint64 hash, quint64 value)
{
    // splitmix64 step: spreads the bits so that sorted runs only group real duplicates.
    hash ^= value + 0x9e3779b97f4a7c15ULL + (hash << 6) + (hash >> 2);
    hash ^= hash >> 31;
    hash *= 0xbf58476d1ce4e5b9ULL;
    return hash ^ (hash >> 29);
}

inline void sortBuckets(std::vector<KeyedRows *> &buckets)
{
    size_t total = 0;
    for (const KeyedRows *keyed : buckets)
        total += keyed->size();
    auto sortOne = [](KeyedRows *keyed) {
        std::sort(keyed->begin(), keyed->end());
    };
    if (buckets.size() > 1 && total > 10000)
        QtConcurrent::blockingMap(buckets, sortOne);
    else
        std::for_each(buckets.begin(), buckets.end(), sortOne);
}

// The rows whose key occurs more than once, ascending. The buckets are sorted by hash (equal keys
// have equal hashes); `sameKey` compares the real keys where hashes are equal, which only
// candidates (rows sharing a hash) ever need.
template<typename SameKey>
std::vector<int> repeatedKeys(const std::vector<KeyedRows> &sortedBuckets, const SameKey &sameKey)
{
    std::vector<int> duplicates;
    for (const KeyedRows &keyed : sortedBuckets) {
        for (size_t start = 0; start < keyed.size();) {
            size_t end = start + 1;
            while (end < keyed.size() && keyed[end].first == keyed[start].first)
                ++end;
            // Within one hash, group the rows by their real key (collisions are rare).
            for (size_t a = start; end - start > 1 && a < end; ++a) {
                bool repeated = false;
                for (size_t b = start; b < end && !repeated; ++b)
                    repeated = a != b && sameKey(keyed[a].second, keyed[b].second);
                if (repeated)
                    duplicates.push_back(keyed[a].second);
            }
            start = end;
        }
    }
    std::sort(duplicates.begin(), duplicates.end());
    return duplicates;
}

} // namespace veldboek::engine
