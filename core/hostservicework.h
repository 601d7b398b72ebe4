#pragma once

#include "models/hostroles.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace ucmc {

// What the console does with the estos services of one host, without a window: look at them, and
// fix what differs from the article one step after the other. The Hosts tab runs these; the
// password only builds the host's service control and is wiped at once. Callbacks come on the
// context's thread, and not at all once the context is gone.
namespace HostServiceWork {

inline constexpr int kDiscoverTimeoutMs = 60'000;
inline constexpr int kFixTimeoutMs = 90'000;

struct DiscoverResult
{
    QList<ServiceInfo> services;
    QString error;                      // translated; empty when it worked
    QString untrustedCertificateSha256; // the WinRM HTTPS certificate was not trusted: its fingerprint
};

void discover(const HostControlSettings &control, QString password, QObject *context,
              std::function<void(const DiscoverResult &)> done);
// `fixed` after each fix (error empty when it worked); a failed fix ends the run; `done` at the end.
void fix(const HostControlSettings &control, QString password, const QList<ServiceFix> &fixes, QObject *context,
         std::function<void(const ServiceFix &, const QString &error)> fixed, std::function<void()> done);

} // namespace HostServiceWork

} // namespace ucmc
