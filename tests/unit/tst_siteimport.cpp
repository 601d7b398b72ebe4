// Issue 14: many sites at once from a CSV file as administrators export it from Excel: header in
// English or German or none, ';' or ',', quotes, CRLF, a byte order mark; every row reported,
// each kind of bad row with its row number and problem, rows that are already there not an error.
#include "models/csvreader.h"
#include "models/siteimport.h"

#include <QFile>
#include <QLocale>
#include <QSettings>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace ucmc;

namespace {

using Status = SiteImportRow::Status;

const QString kHamburgShare =
    QStringLiteral(R"(\\ucs-hh\c$\Program Files\estos\UCServer\config\eucwebconfig.json)");

SiteImportPlan parse(const QByteArray &csv, const QList<Site> &remembered = {})
{
    return SiteImport::parse(csv, remembered);
}

Site remembered(const QString &name, const QString &path)
{
    Site site;
    site.id = name.toLower();
    site.name = name;
    site.configPath = path;
    return site;
}

} // namespace

class TestSiteImport : public QObject
{
    Q_OBJECT
private slots:
    void semicolonWithoutHeader()
    {
        const SiteImportPlan plan = parse("Hamburg;ucs-hh.example.local;" + kHamburgShare.toUtf8() +
                                          "\nBerlin;10.21.4.10;/srv/berlin/eucwebconfig.json\n");
        QVERIFY(plan.fileError.isEmpty());
        QCOMPARE(plan.headerRow, 0);
        QCOMPARE(plan.rows.size(), 2);
        const SiteImportRow &hamburg = plan.rows[0];
        QCOMPARE(hamburg.status, Status::Import);
        QCOMPARE(hamburg.row, 1);
        QCOMPARE(hamburg.site.name, QStringLiteral("Hamburg"));
        QCOMPARE(hamburg.site.ucServerHost, QStringLiteral("ucs-hh.example.local"));
        QCOMPARE(hamburg.site.configPath, kHamburgShare);
        QVERIFY(hamburg.site.watchAlways);
        QVERIFY(hamburg.problem.isEmpty());
        QCOMPARE(plan.rows[1].row, 2);
        QCOMPARE(plan.rows[1].site.configPath, QStringLiteral("/srv/berlin/eucwebconfig.json"));
        QCOMPARE(plan.count(Status::Import), 2);
    }

    // Excel on a German Windows: "CSV UTF-8 (durch Trennzeichen getrennt)" writes a byte order
    // mark, ';' and CRLF; the header is in German.
    void germanHeaderBomAndCrlf()
    {
        const QByteArray csv = "\xEF\xBB\xBFName;UCServer;Pfad\r\n"
                               "M\xC3\xBCnchen;ucs-muc;\\\\ucs-muc\\c$\\config\\eucwebconfig.json\r\n"
                               "K\xC3\xB6ln;;\\\\ucs-koeln\\estos\r\n";
        const SiteImportPlan plan = parse(csv);
        QVERIFY(plan.fileError.isEmpty());
        QCOMPARE(plan.headerRow, 1);
        QCOMPARE(plan.headerFields,
                 (QStringList{QStringLiteral("Name"), QStringLiteral("UCServer"), QStringLiteral("Pfad")}));
        QCOMPARE(plan.rows.size(), 2);
        QCOMPARE(plan.rows[0].row, 2);
        QCOMPARE(plan.rows[0].site.name, QStringLiteral("München"));
        QCOMPARE(plan.rows[0].site.ucServerHost, QStringLiteral("ucs-muc"));
        QCOMPARE(plan.rows[0].status, Status::Import);
        // An empty host is fine with a share: the share names the UCServer host. A share without a
        // file name is its folder.
        QCOMPARE(plan.rows[1].row, 3);
        QCOMPARE(plan.rows[1].status, Status::Import);
        QCOMPARE(plan.rows[1].site.ucServerHost, QString());
        QCOMPARE(plan.rows[1].site.configPath, QStringLiteral(R"(\\ucs-koeln\estos\eucwebconfig.json)"));
        QCOMPARE(ucServerHostFor(plan.rows[1].site), QStringLiteral("ucs-koeln"));
    }

    void headerTitles_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("english") << QByteArray("Name,UCServer host,Path");
        QTest::newRow("german long") << QByteArray("Standort;UCServer-Rechner;Pfad zur eucwebconfig.json");
        QTest::newRow("other order") << QByteArray("Path;Name;Host");
        QTest::newRow("quoted") << QByteArray("\"Site name\",\"IP address\",\"UNC path\"");
        QTest::newRow("one untitled") << QByteArray("Name;;Freigabe");
    }
    void headerTitles()
    {
        QFETCH(QByteArray, header);
        const bool pathFirst = header.startsWith("Path");
        const QChar separator = header.contains(';') ? u';' : u',';
        QStringList values{QStringLiteral("Hamburg"), QStringLiteral("10.21.3.10"),
                           QStringLiteral("/srv/hh/eucwebconfig.json")};
        if (pathFirst)
            values = {values[2], values[0], values[1]};
        const SiteImportPlan plan = parse(header + "\n" + values.join(separator).toUtf8() + "\n");
        QVERIFY(plan.fileError.isEmpty());
        QCOMPARE(plan.headerRow, 1);
        QCOMPARE(plan.rows.size(), 1);
        QCOMPARE(plan.rows[0].status, Status::Import);
        QCOMPARE(plan.rows[0].site.name, QStringLiteral("Hamburg"));
        QCOMPARE(plan.rows[0].site.ucServerHost, QStringLiteral("10.21.3.10"));
        QCOMPARE(plan.rows[0].site.configPath, QStringLiteral("/srv/hh/eucwebconfig.json"));
    }

    // RFC 4180: separators, quotes and line breaks inside quoted fields.
    void quotedFields()
    {
        const QByteArray csv =
            "\"M\xC3\xBCller, Hamburg\",10.21.3.10,\"/srv/a \"\"b\"\", c/eucwebconfig.json\"\r\n"
            "\"Berlin\nMitte\",10.21.4.10,/srv/berlin\r\n"
            "Bremen,10.21.5.10,/srv/bremen/eucwebconfig.json\r\n";
        const SiteImportPlan plan = parse(csv);
        QVERIFY(plan.fileError.isEmpty());
        QCOMPARE(plan.rows.size(), 3);
        QCOMPARE(plan.rows[0].site.name, QStringLiteral("Müller, Hamburg"));
        QCOMPARE(plan.rows[0].site.configPath, QStringLiteral("/srv/a \"b\", c/eucwebconfig.json"));
        QCOMPARE(plan.rows[0].status, Status::Import);
        // A line break in a name is a space; the row after it starts on line 4 of the file.
        QCOMPARE(plan.rows[1].site.name, QStringLiteral("Berlin Mitte"));
        QCOMPARE(plan.rows[1].site.configPath, QStringLiteral("/srv/berlin/eucwebconfig.json"));
        QCOMPARE(plan.rows[1].row, 2);
        QCOMPARE(plan.rows[2].row, 4);
        QCOMPARE(plan.count(Status::Import), 3);
    }

    void separatorDetection()
    {
        // A comma inside a name of a ';' file, a ';' inside a name of a ',' file.
        QCOMPARE(CsvReader::detectSeparator(u"Müller, Hamburg;h;/p\nBerlin;h;/q\n", 3), QChar(u';'));
        QCOMPARE(CsvReader::detectSeparator(u"Hamburg;Nord,h,/p\nBerlin,h,/q\n", 3), QChar(u','));
        QCOMPARE(CsvReader::detectSeparator(u"a\tb\tc\n", 3), QChar(u'\t'));
        QCOMPARE(CsvReader::detectSeparator(u"", 3), QChar(u';'));
    }

    void lineEndsAndBlankLines()
    {
        // CR only (old Mac Excel), blank lines and Excel's empty rows ";;" are left out; row numbers
        // stay the file's.
        const SiteImportPlan plan = parse("\r;;\rHamburg;h1;/srv/hh\r\r ; ; \rBerlin;h2;/srv/b\r");
        QVERIFY(plan.fileError.isEmpty());
        QCOMPARE(plan.rows.size(), 2);
        QCOMPARE(plan.rows[0].row, 3);
        QCOMPARE(plan.rows[1].row, 6);
        // Excel pads every row to the widest: empty fields at the end are no extra columns.
        const SiteImportPlan padded = parse("Hamburg;h1;/srv/hh;;\nBerlin;h2;/srv/b;;;\n");
        QCOMPARE(padded.count(Status::Import), 2);
    }

    void notUtf8IsWindows1252()
    {
        const SiteImportPlan plan = parse("M\xFCnchen \x96 S\xFC"
                                          "d;ucs-muc;/srv/muc\n");
        QCOMPARE(plan.rows.size(), 1);
        QCOMPARE(plan.rows[0].site.name, QStringLiteral("München – Süd"));
    }

    void utf16WithBom()
    {
        QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        const QByteArray csv = encoder(QStringLiteral("Name;Host;Pfad\nHamburg;h1;/srv/hh\n"));
        const SiteImportPlan plan = parse(csv);
        QCOMPARE(plan.headerRow, 1);
        QCOMPARE(plan.rows.size(), 1);
        QCOMPARE(plan.rows[0].site.name, QStringLiteral("Hamburg"));
    }

    void folders()
    {
        QCOMPARE(SiteImport::configFilePath(QStringLiteral(R"(\\srv\share\config\)")),
                 QStringLiteral(R"(\\srv\share\config\eucwebconfig.json)"));
        QCOMPARE(SiteImport::configFilePath(QStringLiteral("/srv/hh")),
                 QStringLiteral("/srv/hh/eucwebconfig.json"));
        QCOMPARE(SiteImport::configFilePath(QStringLiteral("/")), QStringLiteral("/eucwebconfig.json"));
        QCOMPARE(SiteImport::configFilePath(QStringLiteral("/srv/hh/EUCWEBCONFIG.JSON")),
                 QStringLiteral("/srv/hh/EUCWEBCONFIG.JSON"));
        QCOMPARE(SiteImport::configFilePath(QStringLiteral("smb://srv/share")),
                 QStringLiteral("smb://srv/share/eucwebconfig.json"));
    }

    void hosts()
    {
        const SiteImportPlan plan = parse("A;[fd00::10];/srv/a\nB;fd00::11;/srv/b\nC;WIN-SRV_1.;/srv/c\n");
        QCOMPARE(plan.count(Status::Import), 3);
        QCOMPARE(plan.rows[0].site.ucServerHost, QStringLiteral("fd00::10"));
        QCOMPARE(plan.rows[1].site.ucServerHost, QStringLiteral("fd00::11"));
    }

    // Each kind of bad row: an error that names the row and the problem, never a lost row.
    void badRows_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("problem");
        QTest::newRow("no name") << QByteArray(";h1;/srv/a") << QStringLiteral("The name is missing.");
        QTest::newRow("blank name") << QByteArray("  ;h1;/srv/a") << QStringLiteral("The name is missing.");
        QTest::newRow("no path") << QByteArray("A;h1;")
                                 << QStringLiteral("The path of eucwebconfig.json is missing.");
        QTest::newRow("relative path")
            << QByteArray("A;h1;config\\eucwebconfig.json") << QStringLiteral("neither absolute nor a share");
        QTest::newRow("share without share")
            << QByteArray("A;h1;\\\\server") << QStringLiteral("names no server and share");
        QTest::newRow("share with bad server")
            << QByteArray("A;;\\\\bad server\\c$\\x.json")
            << QStringLiteral("of the share path is not a valid host name");
        QTest::newRow("host with space")
            << QByteArray("A;ucs hh;/srv/a") << QStringLiteral("\"ucs hh\" is not a valid host name");
        QTest::newRow("ipv4 out of range")
            << QByteArray("A;10.21.3.256;/srv/a") << QStringLiteral("\"10.21.3.256\" is not a valid host");
        QTest::newRow("host with port")
            << QByteArray("A;ucs-hh:7222;/srv/a") << QStringLiteral("\"ucs-hh:7222\" is not a valid host");
        QTest::newRow("url as host") << QByteArray("A;https://ucs-hh;/srv/a")
                                     << QStringLiteral("is not a valid host");
        QTest::newRow("too few columns")
            << QByteArray("A;/srv/a") << QStringLiteral("Too few columns: 2 instead of 3");
        QTest::newRow("one column") << QByteArray("A") << QStringLiteral("Too few columns: 1 instead of 3");
        QTest::newRow("too many columns")
            << QByteArray("A;h1;/srv/a;extra") << QStringLiteral("Too many columns: 4 instead of 3");
        QTest::newRow("unclosed quote")
            << QByteArray("A;h1;\"/srv/a") << QStringLiteral("A quoted field is never closed");
    }
    void badRows()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, problem);
        const SiteImportPlan plan = parse("Good;h0;/srv/good\n" + line + "\n");
        QVERIFY(plan.fileError.isEmpty());
        QCOMPARE(plan.rows.size(), 2);
        QCOMPARE(plan.rows[0].status, Status::Import); // the others go on
        const SiteImportRow &bad = plan.rows[1];
        QCOMPARE(bad.status, Status::Error);
        QCOMPARE(bad.row, 2);
        QVERIFY2(bad.problem.contains(problem), qPrintable(bad.problem));
        QVERIFY2(bad.message().startsWith(QStringLiteral("Row 2: ")), qPrintable(bad.message()));
    }

    void severalProblemsInOneRow()
    {
        const SiteImportPlan plan = parse(";bad host;relative\n");
        QCOMPARE(plan.rows.size(), 1);
        const QString problem = plan.rows[0].problem;
        QVERIFY(problem.contains(QStringLiteral("The name is missing.")));
        QVERIFY(problem.contains(QStringLiteral("\"bad host\"")));
        QVERIFY(problem.contains(QStringLiteral("neither absolute nor a share")));
        // The values as read stay visible in the preview.
        QCOMPARE(plan.rows[0].site.ucServerHost, QStringLiteral("bad host"));
        QCOMPARE(plan.rows[0].site.configPath, QStringLiteral("relative"));
    }

    void duplicatesInTheFile()
    {
        const SiteImportPlan plan = parse("Name;UCServer;Pfad\n"
                                          "Hamburg;h1;/srv/hh\n"
                                          "HAMBURG;h2;/srv/hh2\n"
                                          "Altona;h3;/srv/hh/eucwebconfig.json\n"
                                          "Share A;;\\\\Srv\\C$\\x.json\n"
                                          "Share B;;//srv/c$/X.JSON\n");
        QCOMPARE(plan.rows.size(), 5);
        QCOMPARE(plan.rows[0].status, Status::Import);
        QCOMPARE(plan.rows[1].status, Status::Error);
        QCOMPARE(plan.rows[1].problem,
                 QStringLiteral("The name \"HAMBURG\" is already used in row 2 of this file."));
        QCOMPARE(plan.rows[2].status, Status::Error); // the folder /srv/hh means /srv/hh/eucwebconfig.json
        QVERIFY2(plan.rows[2].problem.contains(QStringLiteral("already in row 2")),
                 qPrintable(plan.rows[2].problem));
        QCOMPARE(plan.rows[3].status, Status::Import);
        QCOMPARE(plan.rows[4].status, Status::Error); // a share in another spelling is the same file
        QVERIFY2(plan.rows[4].problem.contains(QStringLiteral("already in row 5")),
                 qPrintable(plan.rows[4].problem));
    }

    // A site the console remembers (by name or by file) is reported as already there: not an error.
    void alreadyThere()
    {
        const QList<Site> known{
            remembered(QStringLiteral("Hamburg"), QStringLiteral("/srv/hh/eucwebconfig.json")),
            remembered(QStringLiteral("Köln"), QStringLiteral(R"(\\ucs-koeln\c$\config\eucwebconfig.json)"))};
        const SiteImportPlan plan = parse("hamburg;h1;/srv/other\n"
                                          "Altona;h2;/srv/hh\n"
                                          "Cologne;;\\\\UCS-KOELN\\c$\\config\n"
                                          "Bremen;h4;/srv/bremen\n",
                                          known);
        QCOMPARE(plan.rows.size(), 4);
        QCOMPARE(plan.rows[0].status, Status::AlreadyThere);
        QCOMPARE(plan.rows[0].problem,
                 QStringLiteral("Already there: a remembered site is called \"Hamburg\"."));
        QCOMPARE(plan.rows[1].status, Status::AlreadyThere);
        QCOMPARE(plan.rows[1].problem,
                 QStringLiteral("Already there: the remembered site \"Hamburg\" uses this file."));
        QCOMPARE(plan.rows[2].status, Status::AlreadyThere);
        QCOMPARE(plan.rows[3].status, Status::Import);
        QCOMPARE(plan.count(Status::Error), 0);
    }

    void refusedFiles()
    {
        const SiteImportPlan large = parse(QByteArray(SiteImport::kMaxFileBytes + 1, 'x'));
        QVERIFY(large.fileError.contains(QStringLiteral("at most 1 MB")));
        QVERIFY(large.rows.isEmpty());

        QByteArray rows;
        for (int i = 0; i < SiteImport::kMaxRows; ++i)
            rows += "Site " + QByteArray::number(i) + ";h" + QByteArray::number(i) + ";/srv/" +
                    QByteArray::number(i) + "\n";
        const SiteImportPlan most = parse("Name;Host;Path\n" + rows); // exactly the limit, with a header
        QVERIFY2(most.fileError.isEmpty(), qPrintable(most.fileError));
        QCOMPARE(most.count(Status::Import), SiteImport::kMaxRows);
        const SiteImportPlan tooMany = parse(rows + "One more;h;/srv/more\n");
        QVERIFY2(tooMany.fileError.contains(
                     QStringLiteral("more than %1 rows").arg(QLocale().toString(SiteImport::kMaxRows))),
                 qPrintable(tooMany.fileError));
        QVERIFY(tooMany.rows.isEmpty());

        QCOMPARE(parse("").fileError, QStringLiteral("The file has no rows with sites."));
        QCOMPARE(parse("\n;;\n").fileError, QStringLiteral("The file has no rows with sites."));
        QVERIFY(parse("Name;UCServer;Pfad\n")
                    .fileError.contains(QStringLiteral("only the row of column titles")));
    }

    void readsFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sites.csv"));
        QVERIFY(SiteImport::read(path, {}).fileError.contains(QStringLiteral("cannot be read")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Hamburg;h1;/srv/hh\n");
        file.close();
        QCOMPARE(SiteImport::read(path, {}).count(Status::Import), 1);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(SiteImport::kMaxFileBytes + 10, ';'));
        file.close();
        QVERIFY(SiteImport::read(path, {}).fileError.contains(QStringLiteral("at most 1 MB")));
    }

    // Importing saves the valid rows as sites watched always; the same file again finds them there.
    void applySavesValidRowsOnly()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        SiteStore store(settings);
        const QByteArray csv = "Hamburg;h1;/srv/hh\n;h2;/srv/nameless\nBerlin;;\\\\ucs-b\\c$\\config\n";
        const SiteImportPlan plan = SiteImport::parse(csv, store.sites());
        const QList<Site> saved = SiteImport::apply(plan, store);
        QCOMPARE(saved.size(), 2);
        const QList<Site> sites = store.sites();
        QCOMPARE(sites.size(), 2);
        for (const Site &site : sites) {
            QVERIFY(site.watchAlways);
            QVERIFY(!site.id.isEmpty());
        }
        QCOMPARE(sites[0].name, QStringLiteral("Berlin")); // never opened: by name
        QCOMPARE(ucServerHostFor(sites[0]), QStringLiteral("ucs-b"));
        QCOMPARE(sites[1].configPath, QStringLiteral("/srv/hh/eucwebconfig.json"));
        QCOMPARE(store.siteForConfigPath(QStringLiteral("/srv/hh/eucwebconfig.json"))->id, sites[1].id);

        const SiteImportPlan again = SiteImport::parse(csv, store.sites());
        QCOMPARE(again.count(Status::AlreadyThere), 2);
        QCOMPARE(again.count(Status::Error), 1);
        QVERIFY(SiteImport::apply(again, store).isEmpty());
        // A plan made before another window imported the same sites adds nothing twice.
        QVERIFY(SiteImport::apply(plan, store).isEmpty());
        QCOMPARE(store.sites().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSiteImport)
#include "tst_siteimport.moc"
