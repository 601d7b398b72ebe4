#include "models/commandtemplate.h"

#include <QRegularExpression>

namespace ucmc {

namespace {

// Replaces the placeholders of one argument. values == nullptr only validates.
// Returns nullopt with *error for a malformed brace or an unknown/unavailable placeholder.
std::optional<QString> substitute(const QString &argument, const QHash<QString, QString> *values,
                                  const QStringList &allowed, QStringList *used, TemplateError *error)
{
    QString out;
    for (qsizetype i = 0; i < argument.size(); ++i) {
        const QChar c = argument[i];
        if (c == QLatin1Char('{')) {
            if (i + 1 < argument.size() && argument[i + 1] == QLatin1Char('{')) {
                out += QLatin1Char('{');
                ++i;
                continue;
            }
            const qsizetype close = argument.indexOf(QLatin1Char('}'), i + 1);
            if (close < 0) {
                error->message = CommandTemplate::tr("A \"{\" without a matching \"}\" (write {{ for a literal brace).");
                return std::nullopt;
            }
            const QString name = argument.mid(i + 1, close - i - 1);
            if (name == QLatin1String("password") || name.compare(QLatin1String("password"), Qt::CaseInsensitive) == 0) {
                error->message = CommandTemplate::tr(
                    "Templates cannot contain {password}: a password must never appear on a command line, where other "
                    "users and logs can see it. Use the tool's own authentication (ssh keys, the Windows logon).");
                return std::nullopt;
            }
            if (!CommandTemplate::knownPlaceholders().contains(name)) {
                error->message = CommandTemplate::tr("Unknown placeholder {%1}. Known: %2.")
                                     .arg(name, QLatin1Char('{') + CommandTemplate::knownPlaceholders().join(
                                                                       QStringLiteral("}, {")) +
                                                    QLatin1Char('}'));
                return std::nullopt;
            }
            if (!allowed.contains(name)) {
                error->message = CommandTemplate::tr("The placeholder {%1} cannot be used in this template.").arg(name);
                return std::nullopt;
            }
            if (used && !used->contains(name))
                used->append(name);
            if (values) {
                const auto it = values->constFind(name);
                if (it == values->cend()) {
                    error->message = CommandTemplate::tr("No value for the placeholder {%1}.").arg(name);
                    return std::nullopt;
                }
                out += *it;
            }
            i = close;
            continue;
        }
        if (c == QLatin1Char('}')) {
            if (i + 1 < argument.size() && argument[i + 1] == QLatin1Char('}')) {
                out += QLatin1Char('}');
                ++i;
                continue;
            }
            error->message = CommandTemplate::tr("A \"}\" without a matching \"{\" (write }} for a literal brace).");
            return std::nullopt;
        }
        out += c;
    }
    return out;
}

// Where in the template the first occurrence of text is (for error positions).
int positionOf(const QString &templ, const QString &text)
{
    const qsizetype at = templ.indexOf(text);
    return at < 0 ? -1 : int(at);
}

} // namespace

// ---- templates --------------------------------------------------------------------------------

QStringList CommandTemplate::knownPlaceholders()
{
    return {kHost, kUser, kService, kStartup, kStartupSc, kTimeout, kPsEncoded};
}

QStringList CommandTemplate::allowedPlaceholders(ServiceOperation operation)
{
    switch (operation) {
    case ServiceOperation::Discover: return {kHost, kUser, kTimeout, kPsEncoded};
    case ServiceOperation::Stop:
    case ServiceOperation::Start:
    case ServiceOperation::Restart: return {kHost, kUser, kService, kTimeout, kPsEncoded};
    case ServiceOperation::SetStartupType: return knownPlaceholders();
    }
    return {};
}

std::optional<QStringList> CommandTemplate::split(const QString &text, TemplateError *error)
{
    QStringList arguments;
    QString current;
    bool inArgument = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            *error = {tr("A command template is one line; remove the line break."), int(i)};
            return std::nullopt;
        }
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t')) {
            if (inArgument) {
                arguments << current;
                current.clear();
                inArgument = false;
            }
            continue;
        }
        inArgument = true;
        if (c == QLatin1Char('"')) {
            const qsizetype open = i;
            bool closed = false;
            for (++i; i < n; ++i) {
                const QChar d = text[i];
                if (d == QLatin1Char('\\') && i + 1 < n && (text[i + 1] == QLatin1Char('"') || text[i + 1] == QLatin1Char('\\'))) {
                    current += text[++i];
                } else if (d == QLatin1Char('"')) {
                    closed = true;
                    break;
                } else if (d == QLatin1Char('\n') || d == QLatin1Char('\r')) {
                    break;
                } else {
                    current += d;
                }
            }
            if (!closed) {
                *error = {tr("The double quote at character %1 is never closed.").arg(open + 1), int(open)};
                return std::nullopt;
            }
            continue;
        }
        if (c == QLatin1Char('\'')) {
            const qsizetype open = i;
            const qsizetype close = text.indexOf(QLatin1Char('\''), i + 1);
            const qsizetype lineBreak = text.indexOf(QLatin1Char('\n'), i + 1);
            if (close < 0 || (lineBreak >= 0 && lineBreak < close)) {
                *error = {tr("The single quote at character %1 is never closed.").arg(open + 1), int(open)};
                return std::nullopt;
            }
            current += text.mid(i + 1, close - i - 1);
            i = close;
            continue;
        }
        current += c;
    }
    if (inArgument)
        arguments << current;
    return arguments;
}

QStringList CommandTemplate::placeholdersIn(const QStringList &arguments)
{
    QStringList used;
    static const QRegularExpression pattern(QStringLiteral("\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
    for (const QString &argument : arguments) {
        QString plain = argument;
        plain.replace(QLatin1String("{{"), QLatin1String("\x01\x01")).replace(QLatin1String("}}"), QLatin1String("\x02\x02"));
        for (const auto &match : pattern.globalMatch(plain))
            if (!used.contains(match.captured(1)))
                used << match.captured(1);
    }
    return used;
}

std::optional<TemplateError> CommandTemplate::check(const QString &text, ServiceOperation operation)
{
    TemplateError error;
    const auto arguments = split(text, &error);
    if (!arguments)
        return error;
    if (arguments->isEmpty() || arguments->first().trimmed().isEmpty())
        return TemplateError{tr("The template names no program to run."), 0};
    const QStringList allowed = allowedPlaceholders(operation);
    for (const QString &argument : *arguments) {
        if (!substitute(argument, nullptr, allowed, nullptr, &error)) {
            const QStringList names = placeholdersIn({argument});
            error.position = names.isEmpty() ? positionOf(text, argument) : -1;
            for (const QString &name : names)
                if (!allowed.contains(name) || name.compare(QLatin1String("password"), Qt::CaseInsensitive) == 0) {
                    error.position = positionOf(text, QLatin1Char('{') + name + QLatin1Char('}'));
                    break;
                }
            return error;
        }
    }
    if (arguments->first().contains(QLatin1Char('{')))
        return TemplateError{tr("The program itself cannot be a placeholder."), 0};
    return std::nullopt;
}

std::optional<QStringList> CommandTemplate::expand(const QString &text, ServiceOperation operation,
                                                   const QHash<QString, QString> &values, TemplateError *error)
{
    if (const auto problem = check(text, operation)) {
        *error = *problem;
        return std::nullopt;
    }
    const auto arguments = split(text, error);
    if (!arguments)
        return std::nullopt;
    const QStringList allowed = allowedPlaceholders(operation);
    QStringList result;
    for (const QString &argument : *arguments) {
        const auto expanded = substitute(argument, &values, allowed, nullptr, error);
        if (!expanded)
            return std::nullopt;
        result << *expanded;
    }
    return result;
}

QString CommandTemplate::render(const QStringList &arguments)
{
    QStringList parts;
    for (const QString &argument : arguments) {
        if (argument.isEmpty()) {
            parts << QStringLiteral("\"\"");
            continue;
        }
        bool plain = true;
        for (QChar c : argument)
            if (c.isSpace() || c == QLatin1Char('"') || c == QLatin1Char('\''))
                plain = false;
        if (plain) {
            parts << argument;
        } else if (!argument.contains(QLatin1Char('\'')) && !argument.contains(QLatin1Char('\n')) &&
                   !argument.contains(QLatin1Char('\r'))) {
            parts << QLatin1Char('\'') + argument + QLatin1Char('\'');
        } else {
            QString escaped = argument;
            escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
            escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
            parts << QLatin1Char('"') + escaped + QLatin1Char('"');
        }
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace ucmc
