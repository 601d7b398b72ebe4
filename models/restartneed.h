#pragma once

// Whether the running UC WebServer has loaded eucwebconfig.json as it is now: the article says a
// change "only takes effect once the UC WebServer service has been restarted". The console compares
// the time of the last write to the file (its modification time, which the console's own saves
// update too) with the start time of the UC WebServer's process, as its host reports them. Both come
// from the server's side (the file usually lies on the UCServer host, read over a share), so the
// workstation's clock plays no part. Qt Core only.

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace ucmc {

struct RestartNeed
{
    Q_DECLARE_TR_FUNCTIONS(ucmc::RestartNeed)
public:
    enum class State {
        Unknown,  // the start time or the file's time is not known (not managed, not reached, not running)
        InEffect, // the service started after the last write: it runs with the file as it is
        Pending,  // the file was written after the service started: the change is not in effect yet
    };
    State state = State::Unknown;
    QDateTime fileWritten;      // UTC; invalid when unknown
    QDateTime webServerStarted; // UTC; invalid when unknown or not running

    static RestartNeed of(const QDateTime &fileWritten, const QDateTime &webServerStarted);
    bool isPending() const { return state == State::Pending; }
    // "Saved 10:15, UC WebServer running since 10:02: the change is not in effect yet." (local time;
    // the date too when it is not today). Empty unless pending.
    QString text() const;
    // A short status-bar text: "Restart pending" or "UC WebServer up to date"; empty when unknown.
    QString shortText() const;
    bool operator==(const RestartNeed &) const = default;
};

} // namespace ucmc
