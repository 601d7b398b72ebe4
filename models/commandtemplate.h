#pragma once

// The command templates of the command service-control backend (net/servicecontrol/commandservicecontrol.h has
// the syntax and the placeholders): splitting, checking and filling them in, and the checks of the
// values that go into them. Pure text, no process is started here.

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace ucmc {

// What a service-control operation does (ServiceJob::Operation).
enum class ServiceOperation { Discover, Stop, Start, Restart, SetStartupType };

struct TemplateError
{
    QString message;   // translated
    int position = -1; // 0-based character in the template, -1 when not about one place
};

class CommandTemplate
{
    Q_DECLARE_TR_FUNCTIONS(ucmc::CommandTemplate)

public:
    static inline const QString kHost = QStringLiteral("host");
    static inline const QString kUser = QStringLiteral("user");
    static inline const QString kService = QStringLiteral("service");
    static inline const QString kStartup = QStringLiteral("startup");
    static inline const QString kStartupSc = QStringLiteral("startup_sc");
    static inline const QString kTimeout = QStringLiteral("timeout");
    static inline const QString kPsEncoded = QStringLiteral("ps_encoded");

    // The placeholder names without braces, in the order documented above.
    static QStringList knownPlaceholders();
    // The placeholders a template for this operation may use.
    static QStringList allowedPlaceholders(ServiceOperation operation);

    // Splits a template into arguments; placeholders stay in them (validated, not replaced).
    static std::optional<QStringList> split(const QString &text, TemplateError *error);
    // The placeholder names an argument list uses, in order of first use.
    static QStringList placeholdersIn(const QStringList &arguments);
    // Syntax, placeholders known and allowed for the operation, no {password}, a program.
    static std::optional<TemplateError> check(const QString &text, ServiceOperation operation);
    // Splits and fills in the values (which the caller validated). Every placeholder used must have
    // a value.
    static std::optional<QStringList> expand(const QString &text, ServiceOperation operation,
                                             const QHash<QString, QString> &values, TemplateError *error);
    // An argument list as the user would type it: split(render(arguments)) == arguments.
    static QString render(const QStringList &arguments);
};

} // namespace ucmc
