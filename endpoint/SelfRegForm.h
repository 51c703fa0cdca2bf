#pragma once

#include "validation/FieldVisibility.h"
#include "validation/Validator.h"

#include <QDate>
#include <QJsonObject>
#include <QStringList>
#include <memory>

namespace veldboek {

// The form behind a self-registration link and its checks, on the app's own engine: the fields
// the spec marks `selfRegistration` (resources/specs/mdt.json), asked with their plain-language
// `selfLabel`/`selfHelp`, checked by the Validator the app uses and hidden by the rule the kiosk
// uses (core/validation/FieldVisibility.h). Contract: docs/api.md, "Self-registration page".
class SelfRegForm
{
public:
    static const QString Dataset; // "participants"

    SelfRegForm(const Spec &spec, const QString &language, const QDate &today);

    bool isEmpty() const { return m_keys.isEmpty(); } // the spec asks nothing of a person
    const QStringList &keys() const { return m_keys; }
    QString language() const { return m_validator->language(); }
    QDate referenceDate() const { return m_validator->referenceDate(); }

    // {"fields":[{"key","type","label","help","required","maxLength","codes":[{"code","label"}]}]}
    QJsonObject describe() const;

    struct Result
    {
        QJsonObject fields;  // per key: message, severity, normalised, required, shown
        bool errors = false; // an error on a field the person sees
        Record normalised;   // every key of the form: the engine's form, "" when empty or hidden
    };
    // `record` holds only keys of the form (the caller refuses others); missing ones are empty.
    Result check(const Record &record) const;

private:
    std::shared_ptr<const Validator> m_validator;
    FieldVisibility m_visibility;
    QStringList m_keys; // in the order of the form: the spec's groups
};

// The texts of the page around the spec's questions, in plain language (B1); SelfRegPage.cpp.
QJsonObject selfRegPageTexts(const QString &lang);

} // namespace veldboek
