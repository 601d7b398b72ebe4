#pragma once

#include "models/hostroles.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace ucmc {

struct ServiceControlError;

// What the console does with the estos services of one host, without a window: look at them, and
// fix what differs from the article one step after the other. The Hosts tab runs these; the
// password only builds the host's service control and is wiped at once. Callbacks come on the
// context's thread, and not at all once the context is gone.
namespace HostServiceWork {

inline constexpr int kDiscoverTimeoutMs = 60'000;
inline constexpr int kFixTimeoutMs = 90'000;

// What the host made of the password an operation used.
enum class PasswordVerdict {
    Accepted, // the console logged on: the operation worked, or failed after logging on
    Rejected, // wrong user name or password (WinRM only: command templates do not use the password)
    Unknown,  // not known: the host was not reached, its certificate not trusted, the operation cancelled
};

// The verdict for the outcome of one service control operation on a host (no error: Accepted).
PasswordVerdict passwordVerdict(const HostControlSettings &control, const ServiceControlError &error);

struct DiscoverResult
{
    QList<ServiceInfo> services;
    QString error;                      // translated; empty when it worked
    QString untrustedCertificateSha256; // the WinRM HTTPS certificate was not trusted: its fingerprint
    PasswordVerdict passwordVerdict = PasswordVerdict::Unknown;
};

void discover(const HostControlSettings &control, QString password, QObject *context,
              std::function<void(const DiscoverResult &)> done);
// `fixed` after each fix (error empty when it worked); a failed fix ends the run; `done` at the end,
// with what the host made of the password (Rejected: the first fix failed to log on, nothing was done).
void fix(const HostControlSettings &control, QString password, const QList<ServiceFix> &fixes, QObject *context,
         std::function<void(const ServiceFix &, const QString &error)> fixed,
         std::function<void(PasswordVerdict verdict)> done);

} // namespace HostServiceWork

} // namespace ucmc
