#include "models/windowsservice.h"

#include <QCoreApplication>

namespace ucmc {

QString ServiceNameOverrides::forRole(ServiceRole role) const
{
    switch (role) {
    case ServiceRole::UcServer: return ucServer;
    case ServiceRole::WebServer: return webServer;
    case ServiceRole::MediaServer: return mediaServer;
    case ServiceRole::Other: return {};
    }
    return {};
}

namespace {
struct StateName
{
    ServiceState state;
    const char *name;
};
constexpr StateName kStates[] = {
    {ServiceState::Stopped, "Stopped"},         {ServiceState::StartPending, "Start Pending"},
    {ServiceState::StopPending, "Stop Pending"}, {ServiceState::Running, "Running"},
    {ServiceState::ContinuePending, "Continue Pending"}, {ServiceState::PausePending, "Pause Pending"},
    {ServiceState::Paused, "Paused"},           {ServiceState::Unknown, "Unknown"},
};
} // namespace

QString serviceStateName(ServiceState state)
{
    for (const StateName &s : kStates)
        if (s.state == state)
            return QString::fromLatin1(s.name);
    return QStringLiteral("Unknown");
}

QString serviceStateText(ServiceState state)
{
    switch (state) {
    case ServiceState::Stopped: return QCoreApplication::translate("ServiceState", "Stopped");
    case ServiceState::StartPending: return QCoreApplication::translate("ServiceState", "Starting");
    case ServiceState::StopPending: return QCoreApplication::translate("ServiceState", "Stopping");
    case ServiceState::Running: return QCoreApplication::translate("ServiceState", "Running");
    case ServiceState::ContinuePending: return QCoreApplication::translate("ServiceState", "Continuing");
    case ServiceState::PausePending: return QCoreApplication::translate("ServiceState", "Pausing");
    case ServiceState::Paused: return QCoreApplication::translate("ServiceState", "Paused");
    case ServiceState::Unknown: break;
    }
    return QCoreApplication::translate("ServiceState", "Unknown");
}

ServiceState serviceStateFromName(const QString &name)
{
    const QString compact = name.simplified().remove(QLatin1Char(' '));
    for (const StateName &s : kStates)
        if (compact.compare(QString::fromLatin1(s.name).remove(QLatin1Char(' ')), Qt::CaseInsensitive) == 0)
            return s.state;
    return ServiceState::Unknown;
}

QString startupTypeName(StartupType type)
{
    switch (type) {
    case StartupType::Automatic: return QStringLiteral("Automatic");
    case StartupType::Manual: return QStringLiteral("Manual");
    case StartupType::Disabled: return QStringLiteral("Disabled");
    case StartupType::Boot: return QStringLiteral("Boot");
    case StartupType::System: return QStringLiteral("System");
    case StartupType::Unknown: return QStringLiteral("Unknown");
    }
    return {};
}

StartupType startupTypeFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("auto") || n == QLatin1String("automatic"))
        return StartupType::Automatic;
    if (n == QLatin1String("manual"))
        return StartupType::Manual;
    if (n == QLatin1String("disabled"))
        return StartupType::Disabled;
    if (n == QLatin1String("boot"))
        return StartupType::Boot;
    if (n == QLatin1String("system"))
        return StartupType::System;
    return StartupType::Unknown;
}

QString serviceRoleName(ServiceRole role)
{
    switch (role) {
    case ServiceRole::UcServer: return QStringLiteral("UCServer");
    case ServiceRole::WebServer: return QStringLiteral("UC WebServer");
    case ServiceRole::MediaServer: return QStringLiteral("UC MediaServer");
    case ServiceRole::Other: return QStringLiteral("other");
    }
    return {};
}

bool isValidServiceName(const QString &name)
{
    if (name.isEmpty() || name.size() > 256)
        return false;
    for (QChar c : name)
        if (c.unicode() < 0x20 || c == QLatin1Char('/') || c == QLatin1Char('\\') || c.unicode() == 0x7f)
            return false;
    return true;
}

} // namespace ucmc
