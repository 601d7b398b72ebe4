#include "models/restartneed.h"

#include <QLocale>

namespace ucmc {

namespace {
QString shownTime(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}
} // namespace

RestartNeed RestartNeed::of(const QDateTime &fileWritten, const QDateTime &webServerStarted)
{
    RestartNeed need;
    need.fileWritten = fileWritten.isValid() ? fileWritten.toUTC() : QDateTime();
    need.webServerStarted = webServerStarted.isValid() ? webServerStarted.toUTC() : QDateTime();
    if (!need.fileWritten.isValid() || !need.webServerStarted.isValid())
        need.state = State::Unknown;
    else
        need.state = need.fileWritten > need.webServerStarted ? State::Pending : State::InEffect;
    return need;
}

QString RestartNeed::text() const
{
    if (state != State::Pending)
        return {};
    return tr("Saved %1, UC WebServer running since %2: the change is not in effect yet.")
        .arg(shownTime(fileWritten), shownTime(webServerStarted));
}

QString RestartNeed::shortText() const
{
    switch (state) {
    case State::Pending: return tr("Restart pending");
    case State::InEffect: return tr("UC WebServer up to date");
    case State::Unknown: break;
    }
    return {};
}

} // namespace ucmc
