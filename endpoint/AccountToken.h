#pragma once

#include <QString>

namespace veldboek {

// Bearer tokens of endpoint accounts: 256 random bits from the operating system's CSPRNG, shown
// once when the account is made; the endpoint keeps only their SHA-256.
class AccountToken
{
public:
    static QString generate();
    static QString hash(const QString &token);
};

} // namespace veldboek
