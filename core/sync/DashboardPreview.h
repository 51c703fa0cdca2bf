#pragma once

#include <QDate>
#include <QJsonObject>
#include <optional>

namespace veldboek {

class Register;

// The register's own figures, made with the endpoint's code (DashboardTally, DashboardFigures)
// before anything is submitted: a dashboard with an "own" side only, marked
// "preview": true so that the view says "not submitted yet".
class DashboardPreview
{
public:
    static std::optional<QJsonObject> compute(Register &reg, const QDate &today, QString *error);
};

} // namespace veldboek
