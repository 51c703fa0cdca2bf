#pragma once

#include <QString>
#include <QStringList>

namespace veldboek::gui {

// The registers opened most recently, newest first, kept in QSettings. Only paths are kept
// there: keys and passphrases never go into a settings file.
class RecentRegisters
{
public:
    static constexpr int MaximumCount = 8;

    QStringList paths() const;
    // The newest register that still exists, or an empty string.
    QString last() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

private:
    void store(const QStringList &paths);
};

} // namespace veldboek::gui
