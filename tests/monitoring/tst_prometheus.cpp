// The shipped Prometheus alerting rules and Grafana dashboard (resources/monitoring, issue 14),
// tested with the real tools of Debian's prometheus package on series that `uc-media-console
// serve-metrics` really produced. Simulated media servers (two ws, one wss) and a simulated
// UCServer host run in this process on 127.0.16.0/24, the exporter and the tools are child
// processes, everything on loopback:
// - promtool check rules: the shipped file;
// - promtool test rules: a unit-test file generated from a real scrape (the real series and
//   labels, values over time chosen by the test), once as scraped and once with the site label of
//   `serve-metrics --all-sites`; a wrong expectation fails it;
// - the dashboard: Grafana JSON with the datasource and site variables and the panels;
// - a real prometheus scraping the exporter every second with the shipped rules: the series and
//   labels arrive, every rule evaluates, every dashboard query is accepted and has data, and
//   MediaServerDown goes pending, then firing, for a stopped server;
// - a real prometheus scraping `serve-metrics --all-sites` (two watched sites, settings in a
//   temporary folder): the series carry the site label, MediaServerDown carries the stopped
//   server's site.
#include "exporterprocess.h"
#include "prometheusserver.h"
#include "simulatedmediaserver.h"
#include "simulatedprocallhost.h"
#include "tlsidentity.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

using namespace ucmc::test;
using kmssim::SimulatedMediaServer;

namespace {

const QString kRules = QStringLiteral(UCMC_MONITORING_DIR "/ucmc-alerts.yml");
const QString kDashboard = QStringLiteral(UCMC_MONITORING_DIR "/ucmc-grafana-dashboard.json");
const QString kMissingTools =
    QStringLiteral("promtool and prometheus are not in PATH: scripts/deps.sh installs the Debian package "
                   "prometheus");

const QString kUp = QStringLiteral("ucmc_media_server_up");
const QString kInfo = QStringLiteral("ucmc_media_server_info");
const QString kCertificate = QStringLiteral("ucmc_media_server_certificate_not_after_timestamp_seconds");
const QString kPortUp = QStringLiteral("ucmc_ucserver_port_up");
const QString kHttpStatus = QStringLiteral("ucmc_ucserver_webserver_http_status");
const QString kReloadOk = QStringLiteral("ucmc_exporter_config_last_reload_successful");
// The families the rules read: their real series become the unit tests' input.
const QStringList kRuleFamilies = {kUp, kInfo, kCertificate, kPortUp, kHttpStatus, kReloadOk};

const QString kHostAddress = QStringLiteral("127.0.16.250");
const QString kJob = QStringLiteral("ucmc");

// The unit tests' time line: a sample every 15 s (the interval the rules assume), 15 minutes.
constexpr int kStepSeconds = 15;
constexpr int kSteps = 61;
constexpr int kDownSeconds = 60;  // when media servers stop answering
constexpr int kEvalSeconds = 600; // when certificates are looked at
constexpr double kDay = 86400;

// Expected alerts: the severity label each rule adds ...
const QMap<QString, QString> kSeverity = {
    {QStringLiteral("MediaServerDown"), QStringLiteral("warning")},
    {QStringLiteral("AllMediaServersDown"), QStringLiteral("critical")},
    {QStringLiteral("MediaServerVersionsDiffer"), QStringLiteral("warning")},
    {QStringLiteral("MediaServerRestartedOrUpdated"), QStringLiteral("info")},
    {QStringLiteral("MediaServerCertificateExpiresSoon"), QStringLiteral("warning")},
    {QStringLiteral("MediaServerCertificateExpired"), QStringLiteral("critical")},
    {QStringLiteral("UCServerHostUnreachable"), QStringLiteral("critical")},
    {QStringLiteral("UCWebServerDown"), QStringLiteral("critical")},
    {QStringLiteral("UCWebServerHttpsNotAnswering"), QStringLiteral("warning")},
    {QStringLiteral("UCServerNotConnected"), QStringLiteral("critical")},
    {QStringLiteral("UCMCConfigBroken"), QStringLiteral("warning")},
};

// ... and the summary and description as the shipped templates render them (`[site] ` before a
// summary when there is a site label; value: $value as the template prints it).
std::pair<QString, QString> annotations(const QString &alert, const Labels &l, const QString &value)
{
    const QString site =
        l.contains(QStringLiteral("site")) ? u'[' + l.value(QStringLiteral("site")) + u"] " : QString();
    const QString url = l.value(QStringLiteral("url"));
    const QString host = l.value(QStringLiteral("host"));
    const QString instance = l.value(QStringLiteral("instance"));
    if (alert == u"MediaServerDown")
        return {site + QStringLiteral("UC MediaServer %1 is down").arg(url),
                QStringLiteral("The media server %1 (host %2) did not answer at two scrapes in a row of %3. "
                               "Why: ucmc_media_server_failure_info.")
                    .arg(url, host, instance)};
    if (alert == u"AllMediaServersDown")
        return {site + QStringLiteral("No UC MediaServer is up"),
                QStringLiteral("Every media server that %1 monitors is down: softphone calls get no media.")
                    .arg(instance)};
    if (alert == u"MediaServerVersionsDiffer")
        return {site + QStringLiteral("UC MediaServers run %1 different versions").arg(value),
                QStringLiteral("The media servers that %1 monitors do not all run the same version; "
                               "ucmc_media_server_info has the version of each.")
                    .arg(instance)};
    if (alert == u"MediaServerRestartedOrUpdated")
        return {site + QStringLiteral("UC MediaServer %1 restarted or was updated").arg(url),
                QStringLiteral("Its serverId or version changed within the last 10 minutes; calls it carried "
                               "during a restart were lost.")};
    if (alert == u"MediaServerCertificateExpiresSoon")
        return {
            site + QStringLiteral("Certificate of UC MediaServer %1 expires in %2").arg(url, value),
            QStringLiteral("Renew the certificate of %1 before it expires: softphones cannot connect to a "
                           "media server whose certificate has expired.")
                .arg(url)};
    if (alert == u"MediaServerCertificateExpired")
        return {site + QStringLiteral("Certificate of UC MediaServer %1 has expired").arg(url),
                QStringLiteral("Softphones cannot connect to %1 until its certificate is renewed.").arg(url)};
    if (alert == u"UCServerHostUnreachable")
        return {
            site + QStringLiteral("UCServer host %1 is unreachable").arg(host),
            QStringLiteral("None of the ports of %1 (UCServer 7222, UC WebServer 7224 and 7225) answers %2.")
                .arg(host, instance)};
    if (alert == u"UCWebServerDown")
        return {
            site + QStringLiteral("UC WebServer on %1 is down").arg(host),
            QStringLiteral("Neither the HTTP nor the HTTPS port of the UC WebServer on %1 answers, while its "
                           "UCServer port does: softphones and web clients cannot log in.")
                .arg(host)};
    if (alert == u"UCServerNotConnected")
        return {site + QStringLiteral("UC WebServer on %1 is not connected to the UCServer").arg(host),
                QStringLiteral("GET / on the UC WebServer of %1 answers 502 Bad Gateway.").arg(host)};
    qFatal("no expected annotations for %s", qPrintable(alert));
}

QJsonObject toJson(const Labels &labels)
{
    QJsonObject object;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

// One entry of exp_alerts: the alert's labels (without alertname, which promtool adds) and
// annotations.
QJsonObject expectedAlert(const QString &alert, Labels labels, const QString &value = {})
{
    const auto [summary, description] = annotations(alert, labels, value);
    labels.insert(QStringLiteral("severity"), kSeverity.value(alert));
    return {{QStringLiteral("exp_labels"), toJson(labels)},
            {QStringLiteral("exp_annotations"), QJsonObject{{QStringLiteral("summary"), summary},
                                                            {QStringLiteral("description"), description}}}};
}

QJsonObject alertTest(int evalSeconds, const QString &alert, const QList<QJsonObject> &expected = {})
{
    QJsonArray alerts;
    for (const QJsonObject &a : expected)
        alerts.append(a);
    return {{QStringLiteral("eval_time"), QStringLiteral("%1s").arg(evalSeconds)},
            {QStringLiteral("alertname"), alert},
            {QStringLiteral("exp_alerts"), alerts}};
}

// `name{label="value",...}` as PromQL writes a series (values escaped).
QString seriesText(const QString &name, const Labels &labels)
{
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        QString value = it.value();
        value.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'"', QStringLiteral("\\\""))
            .replace(u'\n', QStringLiteral("\\n"));
        parts << QStringLiteral("%1=\"%2\"").arg(it.key(), value);
    }
    return name + u'{' + parts.join(u',') + u'}';
}

// The time of a step, in seconds.
constexpr int at(int step)
{
    return step * kStepSeconds;
}

// A promtool value list, one entry per step: the value, or `_` for no sample.
using ValueAt = std::function<std::optional<double>(const Sample &, int step)>;

QString timeline(const Sample &sample, const ValueAt &valueAt)
{
    QStringList values;
    for (int step = 0; step < kSteps; ++step) {
        const std::optional<double> value = valueAt(sample, step);
        values << (value ? QString::number(*value, 'g', 17) : QStringLiteral("_"));
    }
    return values.join(u' ');
}

QJsonArray inputSeries(const QList<Sample> &samples, const ValueAt &valueAt)
{
    QJsonArray input;
    for (const Sample &s : samples)
        input.append(QJsonObject{{QStringLiteral("series"), seriesText(s.name, s.labels)},
                                 {QStringLiteral("values"), timeline(s, valueAt)}});
    return input;
}

Labels with(Labels labels, const QString &name, const QString &value)
{
    labels.insert(name, value);
    return labels;
}

// Activation times of the API come with nanoseconds; Qt reads milliseconds.
QDateTime parseTime(QString text)
{
    static const QRegularExpression fraction(QStringLiteral("(\\.\\d{3})\\d+"));
    text.replace(fraction, QStringLiteral("\\1"));
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace

class TestPrometheus : public QObject
{
    Q_OBJECT

private slots:
    // Three media servers (A and B ws 7.3.0, C wss 7.3.1: versions differ), a UCServer host, the
    // exporter; one scrape with everything known, and C's second info series after a restart.
    void initTestCase()
    {
        m_promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        m_prometheus = QStandardPaths::findExecutable(QStringLiteral("prometheus"));
        QVERIFY2(!m_promtool.isEmpty() && !m_prometheus.isEmpty(), qPrintable(kMissingTools));
        QVERIFY(m_dir.isValid());

        QString error;
        const QHostAddress secureAddress(QStringLiteral("127.0.16.13"));
        m_identity = kmssim::TlsIdentity::generateSelfSigned({secureAddress}, &error);
        QVERIFY2(m_identity, qPrintable(error));
        m_a = startSimulator(QHostAddress(QStringLiteral("127.0.16.11")), QStringLiteral("7.3.0"));
        m_b = startSimulator(QHostAddress(QStringLiteral("127.0.16.12")), QStringLiteral("7.3.0"));
        m_c = startSimulator(secureAddress, QStringLiteral("7.3.1"), m_identity);
        QVERIFY(m_a && m_b && m_c);
        m_keyA = m_a->url().toString(); // as the file lists them; kept, a stopped simulator has no port
        m_keyB = m_b->url().toString();
        m_keyC = m_c->url().toString();
        m_host = std::make_unique<procallsim::SimulatedProcallHost>(QHostAddress(kHostAddress));
        QVERIFY2(m_host->start(7222, 7224, 7225), qPrintable(m_host->errorString()));

        const QString config = m_dir.filePath(QStringLiteral("eucwebconfig.json"));
        writeFile(config, configJson({m_keyA, m_keyB, m_keyC}));
        m_exporter = std::make_unique<Exporter>();
        QVERIFY(m_exporter->start(
            {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--interval"),
             QStringLiteral("250"), QStringLiteral("--timeout"), QStringLiteral("400"),
             QStringLiteral("--host-interval"), QStringLiteral("500"), QStringLiteral("--ucserver-host"),
             kHostAddress, QStringLiteral("--ca-file"), m_identity->pemPath(), config}));
        m_target = {{QStringLiteral("job"), kJob},
                    {QStringLiteral("instance"), QStringLiteral("127.0.0.1:%1").arg(m_exporter->port())}};
        QVERIFY2(
            m_exporter->waitFor([this](const Exposition &x) { return everythingKnown(x); }, 15000, &m_scrape),
            "every server up with its version, C's certificate, the host's three ports and two statuses");

        // A restart gives C a new serverId: a second info series, as a Prometheus sees it.
        const QString firstId = m_c->serverId();
        m_c->restart();
        Exposition restarted;
        QVERIFY2(m_exporter->waitFor(
                     [&](const Exposition &x) {
                         const QList<Sample> info = x.find(kInfo, url(m_keyC));
                         return everythingKnown(x) && info.size() == 1 &&
                                info.first().labels.value(QStringLiteral("server_id")) != firstId;
                     },
                     15000, &restarted),
                 "C back with a new serverId");
        m_restartedInfo = restarted.find(kInfo, url(m_keyC)).first();
    }

    void cleanupTestCase()
    {
        if (m_exporter)
            QCOMPARE(m_exporter->stop(SIGTERM), 0);
    }

    void promtoolChecksTheRules()
    {
        const Run run = runProgram(m_promtool, {QStringLiteral("check"), QStringLiteral("rules"), kRules},
                                   QProcessEnvironment::systemEnvironment(), 30000);
        QVERIFY2(run.exitCode == 0, run.output().constData());
        QVERIFY2(run.output().contains("SUCCESS: 11 rules found"), run.output().constData());
    }

    // The rules on the real series: MediaServerDown fires at the second down scrape (not the
    // first, not for servers that are up), and every other alert, with and without sites.
    void promtoolTestsTheRulesOnRealSeries()
    {
        const QJsonObject tests{{QStringLiteral("rule_files"), QJsonArray{kRules}},
                                {QStringLiteral("evaluation_interval"), QStringLiteral("15s")},
                                {QStringLiteral("tests"), QJsonArray{asScraped(), twoSites()}}};
        const Run run = promtoolTest(tests, QStringLiteral("ucmc-alerts.test.yml"));
        QVERIFY2(run.exitCode == 0, run.output().constData());
        QVERIFY2(run.output().contains("SUCCESS"), run.output().constData());

        // The same with MediaServerDown expected after one down scrape: promtool must disagree
        // (pending is not firing), so the test above can fail.
        QJsonObject scraped = asScraped();
        QJsonArray cases = scraped.value(QStringLiteral("alert_rule_test")).toArray();
        cases.append(
            alertTest(kDownSeconds, QStringLiteral("MediaServerDown"),
                      {expectedAlert(QStringLiteral("MediaServerDown"), seriesLabels(kUp, m_keyA))}));
        scraped.insert(QStringLiteral("alert_rule_test"), cases);
        const Run wrong = promtoolTest({{QStringLiteral("rule_files"), QJsonArray{kRules}},
                                        {QStringLiteral("evaluation_interval"), QStringLiteral("15s")},
                                        {QStringLiteral("tests"), QJsonArray{scraped}}},
                                       QStringLiteral("wrong.test.yml"));
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.output().contains("alertname: MediaServerDown"), wrong.output().constData());
    }

    void dashboardIsGrafanaJson()
    {
        QFile file(kDashboard);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError,
                 qPrintable(QStringLiteral("offset %1: %2").arg(error.offset).arg(error.errorString())));
        const QJsonObject dashboard = document.object();
        QVERIFY(dashboard.value(QStringLiteral("schemaVersion")).toInt() >= 36);
        QVERIFY(!dashboard.value(QStringLiteral("uid")).toString().isEmpty());
        QVERIFY(!dashboard.value(QStringLiteral("title")).toString().isEmpty());

        QMap<QString, QJsonObject> variables;
        for (const QJsonValue &v :
             dashboard.value(QStringLiteral("templating")).toObject().value(QStringLiteral("list")).toArray())
            variables.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
        const QJsonObject datasource = variables.value(QStringLiteral("datasource"));
        QCOMPARE(datasource.value(QStringLiteral("type")).toString(), QStringLiteral("datasource"));
        QCOMPARE(datasource.value(QStringLiteral("query")).toString(), QStringLiteral("prometheus"));
        // Site: from the series' site label; All (".*") also matches series without one.
        const QJsonObject site = variables.value(QStringLiteral("site"));
        QCOMPARE(site.value(QStringLiteral("type")).toString(), QStringLiteral("query"));
        QCOMPARE(site.value(QStringLiteral("definition")).toString(),
                 QStringLiteral("label_values(ucmc_media_server_up, site)"));
        QCOMPARE(site.value(QStringLiteral("query")).toObject().value(QStringLiteral("query")).toString(),
                 QStringLiteral("label_values(ucmc_media_server_up, site)"));
        QVERIFY(site.value(QStringLiteral("includeAll")).toBool());
        QCOMPARE(site.value(QStringLiteral("allValue")).toString(), QStringLiteral(".*"));
        QCOMPARE(site.value(QStringLiteral("datasource")).toObject().value(QStringLiteral("uid")).toString(),
                 QStringLiteral("${datasource}"));

        QSet<int> ids;
        QMap<QString, QStringList> exprsByType; // panel type -> its queries
        m_dashboardExprs.clear();
        for (const QJsonValue &v : dashboard.value(QStringLiteral("panels")).toArray()) {
            const QJsonObject panel = v.toObject();
            const QString title = panel.value(QStringLiteral("title")).toString();
            const int id = panel.value(QStringLiteral("id")).toInt();
            QVERIFY2(id > 0 && !ids.contains(id), qPrintable(title));
            ids.insert(id);
            const QJsonObject grid = panel.value(QStringLiteral("gridPos")).toObject();
            QVERIFY2(grid.value(QStringLiteral("w")).toInt() > 0 &&
                         grid.value(QStringLiteral("x")).toInt() + grid.value(QStringLiteral("w")).toInt() <=
                             24,
                     qPrintable(title));
            QCOMPARE(
                panel.value(QStringLiteral("datasource")).toObject().value(QStringLiteral("uid")).toString(),
                QStringLiteral("${datasource}"));
            const QJsonArray targets = panel.value(QStringLiteral("targets")).toArray();
            QVERIFY2(!targets.isEmpty(), qPrintable(title));
            for (const QJsonValue &t : targets) {
                const QString expr = t.toObject().value(QStringLiteral("expr")).toString();
                QVERIFY2(expr.contains(QStringLiteral("site=~\"$site\"")), qPrintable(title + u": " + expr));
                QVERIFY(!t.toObject().value(QStringLiteral("refId")).toString().isEmpty());
                m_dashboardExprs << expr;
                exprsByType[panel.value(QStringLiteral("type")).toString()] << expr;
            }
        }
        const auto shows = [&](const QStringList &types, const QString &metric) {
            for (const QString &type : types) {
                for (const QString &expr : exprsByType.value(type)) {
                    if (expr.contains(metric))
                        return true;
                }
            }
            return false;
        };
        QVERIFY2(shows({QStringLiteral("stat")}, kUp), "media servers up (stat)");
        QVERIFY2(shows({QStringLiteral("table"), QStringLiteral("state-timeline")},
                       QStringLiteral("ucmc_media_server_state")) ||
                     shows({QStringLiteral("state-timeline")}, kUp),
                 "state per server");
        QVERIFY2(shows({QStringLiteral("timeseries")}, QStringLiteral("ucmc_media_server_rtt_seconds")),
                 "round trip");
        QVERIFY2(shows({QStringLiteral("table")}, kInfo), "versions");
        QVERIFY2(shows({QStringLiteral("bargauge"), QStringLiteral("table"), QStringLiteral("stat")},
                       kCertificate),
                 "certificate days left");
        QVERIFY2(shows({QStringLiteral("state-timeline"), QStringLiteral("stat"), QStringLiteral("table")},
                       kPortUp),
                 "UCServer ports up");
    }

    // A real prometheus scrapes the exporter every second with the shipped rules.
    void prometheusScrapesAndAlerts()
    {
        QVERIFY2(!m_dashboardExprs.isEmpty(), "dashboardIsGrafanaJson runs first");
        QElapsedTimer clock;
        clock.start();
        PrometheusServer prometheus;
        startPrometheus(prometheus, m_target.value(QStringLiteral("instance")), QStringLiteral("file"));
        if (QTest::currentTestFailed())
            return;

        // The series with the labels the unit tests used (and Prometheus' job and instance).
        QJsonArray series;
        QVERIFY2(poll(30000,
                      [&] {
                          series = result(prometheus.query(kUp));
                          return series.size() == 3;
                      }),
                 "three ucmc_media_server_up series");
        QSet<QString> urls;
        for (const QJsonValue &s : series) {
            const QJsonObject metric = s.toObject().value(QStringLiteral("metric")).toObject();
            QCOMPARE(QStringList(metric.keys()),
                     (QStringList{QStringLiteral("__name__"), QStringLiteral("host"),
                                  QStringLiteral("instance"), QStringLiteral("job"), QStringLiteral("url")}));
            QCOMPARE(metric.value(QStringLiteral("job")).toString(), kJob);
            QCOMPARE(metric.value(QStringLiteral("instance")).toString(),
                     m_target.value(QStringLiteral("instance")));
            urls.insert(metric.value(QStringLiteral("url")).toString());
        }
        QCOMPARE(urls, (QSet<QString>{m_keyA, m_keyB, m_keyC}));

        // Every rule evaluated without an error (a bad match or template shows here).
        QJsonArray rules;
        QVERIFY2(poll(10000,
                      [&] {
                          rules = allRules(prometheus);
                          for (const QJsonValue &r : rules) {
                              if (r.toObject().value(QStringLiteral("health")).toString() != u"ok")
                                  return false;
                          }
                          return rules.size() == 11;
                      }),
                 QJsonDocument(rules).toJson().constData());

        // Real data fires too: the simulator's certificate is valid for 30 days (a little less by
        // now), and the versions differ (pending for 10 minutes).
        QVERIFY(poll(10000, [&] {
            return !alerts(prometheus, QStringLiteral("MediaServerCertificateExpiresSoon"), m_keyC,
                           QStringLiteral("firing"))
                        .isEmpty() &&
                   !alerts(prometheus, QStringLiteral("MediaServerVersionsDiffer"), {},
                           QStringLiteral("pending"))
                        .isEmpty();
        }));
        QVERIFY(alerts(prometheus, QStringLiteral("MediaServerDown"), {}, {}).isEmpty());

        // A stops: pending at the first scrape that says 0, firing `for` (15 s) later. With scrapes
        // every second that is more than two checks; the shipped rule is used unchanged.
        m_a->stop();
        QElapsedTimer sinceStop;
        sinceStop.start();
        QJsonObject pending;
        QVERIFY2(poll(10000,
                      [&] {
                          const QList<QJsonObject> found =
                              alerts(prometheus, QStringLiteral("MediaServerDown"), m_keyA, {});
                          if (!found.isEmpty())
                              pending = found.first();
                          return !found.isEmpty();
                      }),
                 "MediaServerDown for A");
        QCOMPARE(pending.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
        const qint64 pendingMs = sinceStop.elapsed();
        QCOMPARE(value(prometheus.query(QStringLiteral("%1{url=\"%2\"}").arg(kUp, m_keyA))), 0.0);
        const QDateTime activeAt = parseTime(pending.value(QStringLiteral("activeAt")).toString());
        QVERIFY2(activeAt.isValid(), qPrintable(pending.value(QStringLiteral("activeAt")).toString()));

        QVERIFY2(poll(25000,
                      [&] {
                          return !alerts(prometheus, QStringLiteral("MediaServerDown"), m_keyA,
                                         QStringLiteral("firing"))
                                      .isEmpty();
                      }),
                 "MediaServerDown firing for A");
        const qint64 heldMs = activeAt.msecsTo(QDateTime::currentDateTimeUtc());
        QVERIFY2(heldMs >= 15000 - 100, qPrintable(QString::number(heldMs))); // not before `for`
        const QList<QJsonObject> down = alerts(prometheus, QStringLiteral("MediaServerDown"), {}, {});
        QCOMPARE(down.size(), 1); // B and C are up
        // Its annotations as in the unit tests, from the labels Prometheus gave it.
        Labels labels;
        const QJsonObject alertLabels = down.first().value(QStringLiteral("labels")).toObject();
        for (auto it = alertLabels.begin(); it != alertLabels.end(); ++it)
            labels.insert(it.key(), it.value().toString());
        QCOMPARE(labels, with(with(seriesLabels(kUp, m_keyA), QStringLiteral("alertname"),
                                   QStringLiteral("MediaServerDown")),
                              QStringLiteral("severity"), QStringLiteral("warning")));
        const QJsonObject texts = down.first().value(QStringLiteral("annotations")).toObject();
        const auto [summary, description] = annotations(QStringLiteral("MediaServerDown"), labels, {});
        QCOMPARE(texts.value(QStringLiteral("summary")).toString(), summary);
        QCOMPARE(texts.value(QStringLiteral("description")).toString(), description);
        QVERIFY(alerts(prometheus, QStringLiteral("AllMediaServersDown"), {}, {}).isEmpty());
        qInfo("A stopped: pending after %lld ms, firing %lld ms after it went pending", pendingMs, heldMs);

        // Every query of the dashboard is accepted and has data (A's failure reason now too), with
        // the site variable at All and Grafana's rate interval filled in.
        for (QString expr : std::as_const(m_dashboardExprs)) {
            expr.replace(QStringLiteral("$site"), QStringLiteral(".*"))
                .replace(QStringLiteral("$__rate_interval"), QStringLiteral("1m"));
            const QJsonObject answer = prometheus.query(expr);
            QVERIFY2(answer.value(QStringLiteral("status")).toString() == u"success",
                     qPrintable(expr + u": " + QString::fromUtf8(QJsonDocument(answer).toJson())));
            QVERIFY2(!result(answer).isEmpty(), qPrintable(expr + QStringLiteral(": no data")));
        }
        // The site variable's own query, as Grafana asks it: accepted, no sites without --all-sites.
        const QJsonObject sites =
            prometheus.get(QStringLiteral("/api/v1/label/site/values?match[]=ucmc_media_server_up"));
        QCOMPARE(sites.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
        QVERIFY(sites.value(QStringLiteral("data")).toArray().isEmpty());

        QCOMPARE(prometheus.stop(), 0);
        qInfo("prometheus part: %lld ms", clock.elapsed());
    }

    // serve-metrics --all-sites for two watched sites, Hamburg (D, E) and Berlin (F), scraped by a
    // real prometheus: every series has its site, and F stopping fires MediaServerDown for Berlin.
    void prometheusScrapesAllSites()
    {
        SettingsFolder settings;
        QVERIFY(settings.isValid());
        auto d = startSimulator(QHostAddress(QStringLiteral("127.0.16.21")), QStringLiteral("7.3.0"));
        auto e = startSimulator(QHostAddress(QStringLiteral("127.0.16.22")), QStringLiteral("7.3.0"));
        auto f = startSimulator(QHostAddress(QStringLiteral("127.0.16.31")), QStringLiteral("7.3.0"));
        QVERIFY(d && e && f);
        const QString keyD = d->url().toString(), keyE = e->url().toString(), keyF = f->url().toString();
        const QMap<QString, QString> siteOf{{keyD, QStringLiteral("Hamburg")},
                                            {keyE, QStringLiteral("Hamburg")},
                                            {keyF, QStringLiteral("Berlin")}};
        for (const QString &name : {QStringLiteral("Hamburg"), QStringLiteral("Berlin")}) {
            const QString folder = m_dir.filePath(QStringLiteral("site-") + name);
            QVERIFY(QDir().mkpath(folder));
            QStringList urls;
            for (auto it = siteOf.cbegin(); it != siteOf.cend(); ++it) {
                if (it.value() == name)
                    urls << it.key();
            }
            writeFile(folder + QStringLiteral("/eucwebconfig.json"), configJson(urls));
            settings.addSite(folder + QStringLiteral("/eucwebconfig.json"), [&](ucmc::Site &site) {
                site.name = name;
                site.probe.intervalMs = 250;
                site.probe.timeoutMs = 400;
                site.watchAlways = true;
            });
        }
        Exporter exporter;
        QVERIFY(exporter.start(
            {QStringLiteral("--all-sites"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")},
            settings.environment()));
        const QString instance = QStringLiteral("127.0.0.1:%1").arg(exporter.port());
        PrometheusServer prometheus;
        startPrometheus(prometheus, instance, QStringLiteral("sites"));
        if (QTest::currentTestFailed())
            return;

        QJsonArray series;
        QVERIFY2(poll(30000,
                      [&] {
                          series = result(prometheus.query(kUp + QStringLiteral(" == 1")));
                          return series.size() == 3;
                      }),
                 "three ucmc_media_server_up series, all up");
        for (const QJsonValue &s : series) {
            const QJsonObject metric = s.toObject().value(QStringLiteral("metric")).toObject();
            const QString key = metric.value(QStringLiteral("url")).toString();
            QVERIFY2(siteOf.contains(key), qPrintable(key));
            QCOMPARE(metric.value(QStringLiteral("site")).toString(), siteOf.value(key));
            QCOMPARE(metric.value(QStringLiteral("instance")).toString(), instance);
        }
        // The file-level series per site, and the site variable of the dashboard lists both.
        QCOMPARE(value(prometheus.query(QStringLiteral("ucmc_exporter_media_servers{site=\"Hamburg\"}"))),
                 2.0);
        QCOMPARE(value(prometheus.query(QStringLiteral("ucmc_exporter_media_servers{site=\"Berlin\"}"))),
                 1.0);
        const QJsonObject sites =
            prometheus.get(QStringLiteral("/api/v1/label/site/values?match[]=ucmc_media_server_up"));
        QCOMPARE(sites.value(QStringLiteral("data")).toArray(),
                 (QJsonArray{QStringLiteral("Berlin"), QStringLiteral("Hamburg")}));

        f->stop();
        QVERIFY2(poll(30000,
                      [&] {
                          return !alerts(prometheus, QStringLiteral("MediaServerDown"), keyF,
                                         QStringLiteral("firing"))
                                      .isEmpty();
                      }),
                 "MediaServerDown firing for F");
        const QList<QJsonObject> down = alerts(prometheus, QStringLiteral("MediaServerDown"), {}, {});
        QCOMPARE(down.size(), 1); // D and E are up
        const QJsonObject labels = down.first().value(QStringLiteral("labels")).toObject();
        QCOMPARE(labels.value(QStringLiteral("site")).toString(), QStringLiteral("Berlin"));
        QCOMPARE(labels.value(QStringLiteral("url")).toString(), keyF);
        QCOMPARE(down.first()
                     .value(QStringLiteral("annotations"))
                     .toObject()
                     .value(QStringLiteral("summary"))
                     .toString(),
                 QStringLiteral("[Berlin] UC MediaServer %1 is down").arg(keyF));
        // Berlin has no server left; Hamburg's are up: any "all down" is Berlin's alone.
        for (const QJsonObject &all : alerts(prometheus, QStringLiteral("AllMediaServersDown"), {}, {}))
            QCOMPARE(all.value(QStringLiteral("labels")).toObject().value(QStringLiteral("site")).toString(),
                     QStringLiteral("Berlin"));
        QCOMPARE(prometheus.stop(), 0);
        QCOMPARE(exporter.stop(SIGTERM), 0);
    }

private:
    static std::unique_ptr<SimulatedMediaServer>
    startSimulator(const QHostAddress &address, const QString &version,
                   std::shared_ptr<const kmssim::TlsIdentity> tls = {})
    {
        kmssim::ServerConfig config;
        config.address = address;
        config.version = version;
        config.wsPort = 0;
        if (tls) {
            config.wsPort.reset();
            config.wssPort = 0;
            config.tls = std::move(tls);
        }
        auto server = std::make_unique<SimulatedMediaServer>(config);
        QString error;
        if (!server->start(&error)) {
            qWarning("simulator on %s did not start: %s", qPrintable(address.toString()), qPrintable(error));
            return nullptr;
        }
        return server;
    }

    // Everything the rules read is in the scrape.
    bool everythingKnown(const Exposition &x) const
    {
        const std::pair<QString, const SimulatedMediaServer *> servers[] = {
            {m_keyA, m_a.get()}, {m_keyB, m_b.get()}, {m_keyC, m_c.get()}};
        for (const auto &[key, server] : servers) {
            const QList<Sample> info = x.find(kInfo, url(key));
            if (valueOr(x, kUp, url(key)) != 1 || info.size() != 1 ||
                info.first().labels.value(QStringLiteral("version")) != server->version())
                return false;
        }
        const QList<Sample> ports = x.find(kPortUp);
        return x.find(kCertificate, url(m_keyC)).size() == 1 && ports.size() == 3 &&
               std::all_of(ports.cbegin(), ports.cend(), [](const Sample &s) { return s.value == 1; }) &&
               x.find(kHttpStatus).size() == 2;
    }

    // The scrape's samples of the families the rules read, labelled as Prometheus stores them.
    QList<Sample> ruleSamples(const QString &site = {}) const
    {
        QList<Sample> samples;
        for (Sample s : m_scrape.samples) {
            if (!kRuleFamilies.contains(s.name))
                continue;
            s.labels.insert(m_target);
            if (!site.isEmpty())
                s.labels.insert(QStringLiteral("site"), site);
            samples << s;
        }
        return samples;
    }

    // The labels of a server's series in the scrape, as Prometheus stores them.
    Labels seriesLabels(const QString &name, const QString &key, const QString &site = {}) const
    {
        const QList<Sample> found = m_scrape.find(name, url(key));
        Labels labels = found.value(0).labels;
        labels.insert(m_target);
        if (!site.isEmpty())
            labels.insert(QStringLiteral("site"), site);
        return labels;
    }

    Labels hostLabels(const QString &site = {}) const
    {
        Labels labels = with(m_target, QStringLiteral("host"), kHostAddress);
        if (!site.isEmpty())
            labels.insert(QStringLiteral("site"), site);
        return labels;
    }

    // As scraped: A stops answering at 60 s; the UC WebServer stops at 120 s, the UCServer port
    // at 420 s; C's certificate has 20 days left at 600 s.
    QJsonObject asScraped() const
    {
        const QString a = m_keyA;
        const ValueAt valueAt = [a](const Sample &s, int step) -> std::optional<double> {
            const QString service = s.labels.value(QStringLiteral("service"));
            if (s.name == kUp && s.labels.value(QStringLiteral("url")) == a)
                return at(step) >= kDownSeconds ? 0 : s.value;
            if (s.name == kCertificate)
                return kEvalSeconds + 20 * kDay;
            if (s.name == kPortUp && service == u"ucserver")
                return at(step) < 420 ? s.value : 0;
            if (s.name == kPortUp)
                return at(step) < 120 ? s.value : 0;
            if (s.name == kHttpStatus)
                return at(step) < 120 ? std::optional<double>(s.value)
                                      : std::nullopt; // gone with the WebServer
            return s.value;
        };
        const Labels target = m_target;
        const QJsonArray tests{
            alertTest(kDownSeconds, QStringLiteral("MediaServerDown")), // one scrape said 0: pending only
            alertTest(kDownSeconds + kStepSeconds, QStringLiteral("MediaServerDown"), // two said 0: firing
                      {expectedAlert(QStringLiteral("MediaServerDown"), seriesLabels(kUp, m_keyA))}),
            alertTest(75, QStringLiteral("AllMediaServersDown")),
            alertTest(
                kEvalSeconds, QStringLiteral("MediaServerVersionsDiffer"),
                {expectedAlert(QStringLiteral("MediaServerVersionsDiffer"), target, QStringLiteral("2"))}),
            alertTest(kEvalSeconds, QStringLiteral("MediaServerRestartedOrUpdated")),
            alertTest(kEvalSeconds, QStringLiteral("MediaServerCertificateExpiresSoon"),
                      {expectedAlert(QStringLiteral("MediaServerCertificateExpiresSoon"),
                                     seriesLabels(kCertificate, m_keyC), QStringLiteral("20d 0h 0m 0s"))}),
            alertTest(kEvalSeconds, QStringLiteral("MediaServerCertificateExpired")),
            alertTest(165, QStringLiteral("UCWebServerDown")),
            alertTest(180, QStringLiteral("UCWebServerDown"),
                      {expectedAlert(QStringLiteral("UCWebServerDown"), hostLabels())}),
            alertTest(180, QStringLiteral("UCServerHostUnreachable")),
            alertTest(180, QStringLiteral("UCServerNotConnected")),
            alertTest(480, QStringLiteral("UCServerHostUnreachable"),
                      {expectedAlert(QStringLiteral("UCServerHostUnreachable"), hostLabels())}),
            alertTest(480, QStringLiteral("UCWebServerDown")), // the host alert speaks for it
            alertTest(kEvalSeconds, QStringLiteral("UCWebServerHttpsNotAnswering")),
            alertTest(kEvalSeconds, QStringLiteral("UCMCConfigBroken")),
        };
        return {{QStringLiteral("name"), QStringLiteral("as scraped")},
                {QStringLiteral("interval"), QStringLiteral("%1s").arg(kStepSeconds)},
                {QStringLiteral("input_series"), inputSeries(ruleSamples(), valueAt)},
                {QStringLiteral("alert_rule_test"), tests}};
    }

    // As `serve-metrics --all-sites` will label them: A and B in Hamburg (both stop at 60 s), C in
    // Berlin (restarted at 300 s, its certificate expired a day before 600 s); the UCServer host
    // series in both sites, Hamburg's WebServer answering 502. The versions differ between the
    // sites only, so nothing fires for them.
    QJsonObject twoSites() const
    {
        const QString a = m_keyA;
        const QString b = m_keyB;
        const QString c = m_keyC;
        const QString hamburg = QStringLiteral("Hamburg");
        const QString berlin = QStringLiteral("Berlin");
        QList<Sample> samples;
        for (const QString &site : {hamburg, berlin}) {
            for (const Sample &s : ruleSamples(site)) {
                const QString key = s.labels.value(QStringLiteral("url"));
                const bool inHamburg = key == a || key == b;
                if (key.isEmpty() || (site == hamburg) == inHamburg)
                    samples << s;
            }
        }
        Sample restarted = m_restartedInfo;
        restarted.labels.insert(m_target);
        restarted.labels.insert(QStringLiteral("site"), berlin);
        samples << restarted;
        const QString newId = m_restartedInfo.labels.value(QStringLiteral("server_id"));

        const ValueAt valueAt = [=](const Sample &s, int step) -> std::optional<double> {
            const QString key = s.labels.value(QStringLiteral("url"));
            if (s.name == kUp && (key == a || key == b))
                return at(step) >= kDownSeconds ? 0 : s.value;
            if (s.name == kInfo && key == c) {
                const bool isNew = s.labels.value(QStringLiteral("server_id")) == newId;
                return (at(step) >= 300) == isNew ? std::optional<double>(s.value) : std::nullopt;
            }
            if (s.name == kCertificate)
                return kEvalSeconds - kDay;
            if (s.name == kHttpStatus && s.labels.value(QStringLiteral("site")) == hamburg)
                return 502;
            return s.value;
        };
        const auto inSite = [&](Labels labels, const QString &site) {
            return with(labels, QStringLiteral("site"), site);
        };
        const QJsonArray tests{
            alertTest(75, QStringLiteral("MediaServerDown"),
                      {expectedAlert(QStringLiteral("MediaServerDown"), seriesLabels(kUp, m_keyA, hamburg)),
                       expectedAlert(QStringLiteral("MediaServerDown"), seriesLabels(kUp, m_keyB, hamburg))}),
            alertTest(60, QStringLiteral("AllMediaServersDown")),
            alertTest(75, QStringLiteral("AllMediaServersDown"),
                      {expectedAlert(QStringLiteral("AllMediaServersDown"), inSite(m_target, hamburg))}),
            alertTest(kEvalSeconds, QStringLiteral("MediaServerVersionsDiffer")),
            alertTest(240, QStringLiteral("MediaServerRestartedOrUpdated")),
            alertTest(360, QStringLiteral("MediaServerRestartedOrUpdated"),
                      {expectedAlert(QStringLiteral("MediaServerRestartedOrUpdated"),
                                     inSite(with(m_target, QStringLiteral("url"), c), berlin))}),
            alertTest(kEvalSeconds, QStringLiteral("MediaServerCertificateExpiresSoon")),
            alertTest(kEvalSeconds, QStringLiteral("MediaServerCertificateExpired"),
                      {expectedAlert(QStringLiteral("MediaServerCertificateExpired"),
                                     seriesLabels(kCertificate, m_keyC, berlin))}),
            alertTest(45, QStringLiteral("UCServerNotConnected")),
            alertTest(60, QStringLiteral("UCServerNotConnected"),
                      {expectedAlert(QStringLiteral("UCServerNotConnected"), hostLabels(hamburg))}),
            alertTest(kEvalSeconds, QStringLiteral("UCServerHostUnreachable")),
            alertTest(kEvalSeconds, QStringLiteral("UCWebServerDown")),
        };
        return {{QStringLiteral("name"), QStringLiteral("two sites")},
                {QStringLiteral("interval"), QStringLiteral("%1s").arg(kStepSeconds)},
                {QStringLiteral("input_series"), inputSeries(samples, valueAt)},
                {QStringLiteral("alert_rule_test"), tests}};
    }

    // Writes the unit-test file (JSON is YAML) and runs `promtool test rules` on it.
    Run promtoolTest(const QJsonObject &tests, const QString &name) const
    {
        const QString path = m_dir.filePath(name);
        writeFile(path, QJsonDocument(tests).toJson());
        return runProgram(m_promtool, {QStringLiteral("test"), QStringLiteral("rules"), path},
                          QProcessEnvironment::systemEnvironment(), 30000);
    }

    // Scrapes this exporter every second with the shipped rules: the configuration (checked by
    // promtool) and the data in m_dir, named NAME; fails the test when it does not start.
    void startPrometheus(PrometheusServer &prometheus, const QString &instance, const QString &name) const
    {
        const QString configFile = m_dir.filePath(QStringLiteral("prometheus-%1.yml").arg(name));
        writeFile(configFile, prometheusConfig(instance));
        const Run check =
            runProgram(m_promtool, {QStringLiteral("check"), QStringLiteral("config"), configFile},
                       QProcessEnvironment::systemEnvironment(), 30000);
        QVERIFY2(check.exitCode == 0, check.output().constData());
        QVERIFY2(prometheus.start(m_prometheus, configFile, m_dir.filePath(QStringLiteral("tsdb-") + name),
                                  freeLoopbackPort()),
                 qPrintable(prometheus.log()));
    }

    QByteArray prometheusConfig(const QString &instance) const
    {
        return QStringLiteral("global:\n"
                              "  scrape_interval: 1s\n"
                              "  scrape_timeout: 1s\n"
                              "  evaluation_interval: 1s\n"
                              "rule_files:\n"
                              "  - '%1'\n"
                              "scrape_configs:\n"
                              "  - job_name: %2\n"
                              "    static_configs:\n"
                              "      - targets: ['%3']\n")
            .arg(kRules, kJob, instance)
            .toUtf8();
    }

    // Calls check until it holds (true) or the time is up (false); the event loop keeps running.
    static bool poll(int timeoutMs, const std::function<bool()> &check)
    {
        QDeadlineTimer deadline(timeoutMs);
        do {
            if (check())
                return true;
            QTest::qWait(200);
        } while (!deadline.hasExpired());
        return false;
    }

    static QJsonArray result(const QJsonObject &answer)
    {
        return answer.value(QStringLiteral("data")).toObject().value(QStringLiteral("result")).toArray();
    }

    // The value of a query with exactly one sample; NaN otherwise.
    static double value(const QJsonObject &answer)
    {
        const QJsonArray samples = result(answer);
        if (samples.size() != 1)
            return std::nan("");
        return samples.at(0).toObject().value(QStringLiteral("value")).toArray().at(1).toString().toDouble();
    }

    static QJsonArray allRules(PrometheusServer &prometheus)
    {
        QJsonArray rules;
        const QJsonObject answer = prometheus.get(QStringLiteral("/api/v1/rules"));
        for (const QJsonValue &group :
             answer.value(QStringLiteral("data")).toObject().value(QStringLiteral("groups")).toArray()) {
            for (const QJsonValue &rule : group.toObject().value(QStringLiteral("rules")).toArray())
                rules.append(rule);
        }
        return rules;
    }

    // The alerts of this name (and url, and state, when given) the server reports now.
    static QList<QJsonObject> alerts(PrometheusServer &prometheus, const QString &name, const QString &forUrl,
                                     const QString &state)
    {
        QList<QJsonObject> found;
        const QJsonObject answer = prometheus.get(QStringLiteral("/api/v1/alerts"));
        for (const QJsonValue &v :
             answer.value(QStringLiteral("data")).toObject().value(QStringLiteral("alerts")).toArray()) {
            const QJsonObject alert = v.toObject();
            const QJsonObject labels = alert.value(QStringLiteral("labels")).toObject();
            if (labels.value(QStringLiteral("alertname")).toString() == name &&
                (forUrl.isEmpty() || labels.value(QStringLiteral("url")).toString() == forUrl) &&
                (state.isEmpty() || alert.value(QStringLiteral("state")).toString() == state))
                found << alert;
        }
        return found;
    }

    QTemporaryDir m_dir;
    QString m_promtool;
    QString m_prometheus;
    std::shared_ptr<const kmssim::TlsIdentity> m_identity;
    std::unique_ptr<SimulatedMediaServer> m_a;
    std::unique_ptr<SimulatedMediaServer> m_b;
    std::unique_ptr<SimulatedMediaServer> m_c;
    std::unique_ptr<procallsim::SimulatedProcallHost> m_host;
    std::unique_ptr<Exporter> m_exporter; // after the servers: ends first
    Labels m_target;                      // job and instance, as Prometheus adds them
    Exposition m_scrape;                  // everything up and known
    Sample m_restartedInfo;               // C's info series after its restart
    QString m_keyA;                       // the servers' URLs
    QString m_keyB;
    QString m_keyC;
    QStringList m_dashboardExprs;
};

QTEST_GUILESS_MAIN(TestPrometheus)
#include "tst_prometheus.moc"
