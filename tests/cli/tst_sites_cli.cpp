// `uc-media-console sites import|list` as an administrator runs it: the real executable (QProcess,
// no display) with its settings in a temporary folder (XDG_CONFIG_HOME), the same settings the
// window reads: every row reported, exit 1 when a row had an error (the valid rows imported all
// the same), --dry-run changes nothing, the list shows what the window's site chooser has.
#include "consolecommand.h"
#include "models/site.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace ucmc;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QByteArray kCsv = "Name;UCServer;Pfad\r\n"
                        "Hamburg;ucs-hh;\\\\ucs-hh\\c$\\estos\\config\\eucwebconfig.json\r\n"
                        ";10.21.5.10;/srv/nameless\r\n"
                        "Bremen;10.21.6.10;/srv/bremen\r\n"
                        "Frankfurt;10.21.8.10;/srv/known/eucwebconfig.json\r\n";

} // namespace

class TestSitesCli : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("config/UC Media Console")));
        QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("home")));
        m_csv = writeFile(QStringLiteral("sites.csv"), kCsv);
    }

    void cleanup() { m_dir.reset(); }

    void listWithoutSites()
    {
        const Run result = run({QStringLiteral("sites"), QStringLiteral("list")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed(), QStringLiteral("No site is remembered yet."));
    }

    void importReportsEveryRowAndImportsTheValidOnes()
    {
        rememberKnownSite();
        const Run result = run({QStringLiteral("sites"), QStringLiteral("import"), m_csv});
        QCOMPARE(result.exitCode, 1); // a row had an error
        const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines[0], QStringLiteral("Row 1: column titles (Name, UCServer, Pfad)."));
        QCOMPARE(lines[1],
                 QStringLiteral(
                     R"(Row 2: imported Hamburg (ucs-hh, \\ucs-hh\c$\estos\config\eucwebconfig.json).)"));
        QCOMPARE(lines[2], QStringLiteral("Row 3: The name is missing."));
        QCOMPARE(lines[3],
                 QStringLiteral("Row 4: imported Bremen (10.21.6.10, /srv/bremen/eucwebconfig.json)."));
        QCOMPARE(
            lines[4],
            QStringLiteral("Row 5: Already there: the remembered site \"Frankfurt Main\" uses this file."));
        QCOMPARE(lines[5], QStringLiteral("Imported: 2, already there: 1, errors: 1."));

        const QList<Site> sites = storedSites();
        QCOMPARE(sites.size(), 3);
        for (const Site &site : sites)
            QCOMPARE(site.watchAlways, site.name != QLatin1String("Frankfurt Main"));

        // The same file again: the sites are there now; the error is still one.
        const Run again = run({QStringLiteral("sites"), QStringLiteral("import"), m_csv});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.out.contains(QStringLiteral("Imported: 0, already there: 3, errors: 1.")),
                 qPrintable(again.out));
        QCOMPARE(storedSites().size(), 3);
    }

    void exitZeroWhenEveryRowIsImportedOrThere()
    {
        rememberKnownSite();
        const QString csv = writeFile(QStringLiteral("good.csv"),
                                      "Kiel,10.21.9.10,/srv/kiel\nFrankfurt,10.21.8.10,/srv/known\n");
        const Run result = run({QStringLiteral("sites"), QStringLiteral("import"), csv});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("Imported: 1, already there: 1, errors: 0.")),
                 qPrintable(result.out));
        QCOMPARE(storedSites().size(), 2);
    }

    void dryRunChangesNothing()
    {
        const Run result =
            run({QStringLiteral("sites"), QStringLiteral("import"), m_csv, QStringLiteral("--dry-run")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.contains(QStringLiteral("Row 2: would import Hamburg")), qPrintable(result.out));
        QVERIFY(result.out.contains(QStringLiteral("Row 3: The name is missing.")));
        QVERIFY(result.out.contains(
            QStringLiteral("Would import: 3, already there: 0, errors: 1 (nothing was changed).")));
        QVERIFY(storedSites().isEmpty());
    }

    void listShowsTheSites()
    {
        rememberKnownSite();
        QCOMPARE(run({QStringLiteral("sites"), QStringLiteral("import"), m_csv}).exitCode, 1);
        const Run result = run({QStringLiteral("sites"), QStringLiteral("list")});
        QCOMPARE(result.exitCode, 0);
        const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[0].startsWith(QStringLiteral("Name")));
        QVERIFY(lines[0].contains(QStringLiteral("UCServer host")) &&
                lines[0].contains(QStringLiteral("Watch always")));
        // The opened site first, then the imported ones by name; a share's host when none is set.
        const QStringList frankfurt = lines[1].split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QCOMPARE(frankfurt.first(), QStringLiteral("Frankfurt"));
        QCOMPARE(frankfurt.last(), QStringLiteral("no"));
        QVERIFY(lines[1].contains(QStringLiteral("/srv/known/eucwebconfig.json")));
        QVERIFY(lines[2].startsWith(QStringLiteral("Bremen ")));
        QVERIFY(lines[2].contains(QStringLiteral(" 10.21.6.10 ")));
        QVERIFY(lines[2].trimmed().endsWith(QStringLiteral("yes")));
        QVERIFY(lines[3].startsWith(QStringLiteral("Hamburg ")));
        QVERIFY(lines[3].contains(QStringLiteral(R"(\\ucs-hh\c$\estos\config\eucwebconfig.json)")));
        // Columns line up: each value starts where its title does.
        const qsizetype pathColumn = lines[0].indexOf(QStringLiteral("Path"));
        QCOMPARE(lines[2].indexOf(QStringLiteral("/srv/bremen")), pathColumn);
    }

    void refusedFilesAndBadArguments()
    {
        const Run missing = run(
            {QStringLiteral("sites"), QStringLiteral("import"), m_dir->filePath(QStringLiteral("none.csv"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("cannot be read")), qPrintable(missing.err));

        const QString huge = writeFile(QStringLiteral("huge.csv"), QByteArray(1024 * 1024 + 1, ';'));
        const Run large = run({QStringLiteral("sites"), QStringLiteral("import"), huge});
        QCOMPARE(large.exitCode, 2);
        QVERIFY2(large.err.contains(QStringLiteral("at most 1 MB")), qPrintable(large.err));

        for (const QStringList &arguments :
             {QStringList{QStringLiteral("sites")},
              QStringList{QStringLiteral("sites"), QStringLiteral("import")},
              QStringList{QStringLiteral("sites"), QStringLiteral("remove"), m_csv},
              QStringList{QStringLiteral("sites"), QStringLiteral("import"), m_csv,
                          QStringLiteral("--bogus")}}) {
            const Run bad = run(arguments);
            QCOMPARE(bad.exitCode, 2);
            QVERIFY(!bad.err.isEmpty());
        }
        QVERIFY(storedSites().isEmpty());
    }

    // sites watch|unwatch by the name the list shows or by the ID, in the window's settings.
    void watchAndUnwatch()
    {
        rememberKnownSite();
        const QString id = storedSites().first().id;
        QVERIFY(!storedSites().first().watchAlways);

        const Run watch =
            run({QStringLiteral("sites"), QStringLiteral("watch"), QStringLiteral("frankfurt main")});
        QCOMPARE(watch.exitCode, 0);
        QCOMPARE(watch.out.trimmed(), QStringLiteral("Frankfurt Main is watched always now."));
        QVERIFY(storedSites().first().watchAlways);
        const Run list = run({QStringLiteral("sites"), QStringLiteral("list")});
        QVERIFY2(list.out.split(QLatin1Char('\n')).value(1).trimmed().endsWith(QStringLiteral("yes")),
                 qPrintable(list.out));

        const Run unwatch = run({QStringLiteral("sites"), QStringLiteral("unwatch"), id});
        QCOMPARE(unwatch.exitCode, 0);
        QCOMPARE(unwatch.out.trimmed(), QStringLiteral("Frankfurt Main is no longer watched always."));
        const QList<Site> sites = storedSites();
        QCOMPARE(sites.size(), 1);
        QVERIFY(!sites.first().watchAlways);
        QCOMPARE(sites.first().name, QStringLiteral("Frankfurt Main")); // nothing else changed
        QCOMPARE(sites.first().configPath, QStringLiteral("/srv/known/eucwebconfig.json"));

        // Unknown site: 2, nothing stored; no or too many names: 3.
        const Run unknown =
            run({QStringLiteral("sites"), QStringLiteral("watch"), QStringLiteral("Atlantis")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("no site named \"Atlantis\"")), qPrintable(unknown.err));
        QVERIFY(!storedSites().first().watchAlways);
        for (const QStringList &arguments : {QStringList{QStringLiteral("sites"), QStringLiteral("watch")},
                                             QStringList{QStringLiteral("sites"), QStringLiteral("unwatch")},
                                             QStringList{QStringLiteral("sites"), QStringLiteral("watch"), id,
                                                         QStringLiteral("Frankfurt Main")}}) {
            const Run bad = run(arguments);
            QCOMPARE(bad.exitCode, 3);
            QVERIFY2(bad.err.contains(QStringLiteral("Which site?")), qPrintable(bad.err));
        }
        QVERIFY(!storedSites().first().watchAlways);

        const Run help = run({QStringLiteral("sites"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QStringLiteral("watch NAME|ID")) &&
                     help.out.contains(QStringLiteral("unwatch NAME|ID")),
                 qPrintable(help.out));
    }

private:
    QString settingsFile() const
    {
        return m_dir->filePath(QStringLiteral("config/UC Media Console/uc-media-console.conf"));
    }

    // The site the console opened before: its file is /srv/known/eucwebconfig.json.
    void rememberKnownSite() const
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        SiteStore store(settings);
        Site known = store.open(QStringLiteral("/srv/known/eucwebconfig.json"));
        known.name = QStringLiteral("Frankfurt Main");
        store.save(known);
        settings.sync();
    }

    QList<Site> storedSites() const
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        return SiteStore(settings).sites();
    }

    QString writeFile(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    Run run(const QStringList &arguments) const
    {
        // The executable's own settings, here and nowhere else.
        test::ConsoleCommand how;
        how.workingDirectory = m_dir->path();
        how.home = m_dir->filePath(QStringLiteral("home"));
        how.configHome = m_dir->filePath(QStringLiteral("config"));
        const test::ConsoleRun r = test::runConsoleCommand(arguments, how);
        return {r.exitCode, QString::fromUtf8(r.out), QString::fromUtf8(r.err)};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_csv;
};

QTEST_GUILESS_MAIN(TestSitesCli)
#include "tst_sites_cli.moc"
