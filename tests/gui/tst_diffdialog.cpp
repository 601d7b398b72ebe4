// The review dialog before saving, offscreen, as an administrator sees it: a file with CRLF line
// ends and a one-line (minified) file. With UCMC_SCREENSHOT_DIR set, diff-crlf.png and
// diff-minified.png are kept there for a person to look at.
#include "models/unifieddiff.h"
#include "ui/diffdialog.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFontMetrics>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace ucmc;

namespace {

QByteArray readSample(const QString &name)
{
    QFile file(QStringLiteral(UCMC_TEST_DATA_DIR "/configs/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A one-line configuration of about 5,000 characters.
QByteArray minifiedConfig()
{
    QByteArray out = "{\"listen\":{\"http\":7224,\"https\":7225},\"kurentoservers\":[";
    for (int i = 10; out.size() < 5000; ++i) {
        if (i > 10)
            out += ',';
        out += "{\"url\":\"ws://10.21.3." + QByteArray::number(i) +
               ":8888/kurento\",\"candkillipv6\":0,\"candkilltcp\":0,\"candonlyturn\":0}";
    }
    return out + "]}";
}

// What cannot be read: a control character, U+FFFD, the ␍/␊ pictures, anything unprintable.
QString unreadable(const QString &text)
{
    QString found;
    const QList<uint> codePoints = text.toUcs4();
    for (const uint c : codePoints) {
        if (c == '\n' || c == '\t')
            continue;
        if (!QChar::isPrint(char32_t(c)) || c == QChar::ReplacementCharacter || (c >= 0x2400 && c <= 0x2426))
            found += QStringLiteral("U+%1 ").arg(c, 4, 16, QLatin1Char('0'));
    }
    return found;
}

// The characters of the shown text that the view's font has no glyph for (they would be boxes
// where no fallback font has them either, as ␍ was on Windows).
QString missingGlyphs(const QPlainTextEdit *view)
{
    const QFontMetrics metrics(view->font());
    QString missing;
    const QString text = view->toPlainText();
    for (const QChar c : text) {
        if (c != u'\n' && c != u'\t' && !metrics.inFont(c) && !missing.contains(c))
            missing += c;
    }
    return missing;
}

QTextBlock blockContaining(const QPlainTextEdit *view, const QString &text)
{
    for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
        if (block.text().contains(text))
            return block;
    }
    return {};
}

// The character format at the first occurrence of text in the block.
QTextCharFormat formatAt(const QTextBlock &block, const QString &text)
{
    const qsizetype at = block.text().indexOf(text);
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        const int start = fragment.position() - block.position();
        if (at >= start && at < start + fragment.length())
            return fragment.charFormat();
    }
    return {};
}

void keepScreenshot(QWidget *widget, const QString &name)
{
    const QImage image = widget->grab().toImage();
    QVERIFY(!image.isNull());
    const QByteArray dir = qgetenv("UCMC_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(image.save(QString::fromLocal8Bit(dir) + u'/' + name));
}

} // namespace

class TestDiffDialog : public QObject
{
    Q_OBJECT

private slots:
    void crlfFileShowsLineEndsAsText()
    {
        const QByteArray before = readSample(QStringLiteral("example1-two-remote.json"));
        QVERIFY(before.contains("\r\n"));
        QByteArray after = before;
        after.replace("ws://10.21.3.12:8888", "wss://10.21.3.12:8433");
        // An edit that wrote one line with a Unix line end.
        after.replace("\"candkilltcp\": 0,\r\n         \"candonlyturn\": 0\r\n      }\r\n   ]",
                      "\"candkilltcp\": 1,\n         \"candonlyturn\": 0\r\n      }\r\n   ]");
        QVERIFY(after.contains(",\n"));
        DiffDialog dialog(
            QStringLiteral("Review Changes"),
            QStringLiteral("These lines of eucwebconfig.json change (the file on disk against what will "
                           "be written). A backup of the current file is written first."),
            UnifiedDiff::format(before, after, QStringLiteral("a/eucwebconfig.json"),
                                QStringLiteral("b/eucwebconfig.json")),
            QStringLiteral("Save"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString text = dialog.diffText();
        QVERIFY2(unreadable(text).isEmpty(), qPrintable(unreadable(text)));
        QVERIFY2(missingGlyphs(dialog.view()).isEmpty(), qPrintable(missingGlyphs(dialog.view())));
        QVERIFY(!text.contains(u'\r'));
        QVERIFY(text.startsWith(QStringLiteral("--- a/eucwebconfig.json  [line ends: CRLF]\n"
                                               "+++ b/eucwebconfig.json  [line ends: CRLF and LF mixed]\n")));
        QVERIFY(text.contains(QStringLiteral("\n-         \"url\": \"ws://10.21.3.12:8888/kurento\",\n")));
        QVERIFY(text.contains(QStringLiteral("\n+         \"url\": \"wss://10.21.3.12:8433/kurento\",\n")));
        // The line whose line end changed says so; its neighbours do not.
        QVERIFY(text.contains(QStringLiteral("\n-         \"candkilltcp\": 0, [CRLF]\n")));
        QVERIFY(text.contains(QStringLiteral("\n+         \"candkilltcp\": 1, [LF]\n")));
        QVERIFY(text.contains(QStringLiteral("\n          \"candonlyturn\": 0\n")));

        // Colours: the changed characters stronger than their line, what is not the file grey.
        const QTextBlock added = blockContaining(dialog.view(), QStringLiteral("+         \"url\": \"wss:"));
        QVERIFY(added.isValid());
        const QBrush line = added.blockFormat().background();
        QVERIFY(line.style() != Qt::NoBrush);
        const QTextCharFormat changed = formatAt(added, QStringLiteral("wss"));
        QVERIFY(changed.background().style() != Qt::NoBrush);
        QVERIFY(changed.background().color() != line.color());
        QCOMPARE(formatAt(added, QStringLiteral("kurento")).background().style(), Qt::NoBrush);
        const QTextBlock tagged = blockContaining(dialog.view(), QStringLiteral("[LF]"));
        const QTextCharFormat tag = formatAt(tagged, QStringLiteral("[LF]"));
        QVERIFY(tag.foreground().color() !=
                formatAt(tagged, QStringLiteral("candkilltcp")).foreground().color());
        QVERIFY(tag.background().style() != Qt::NoBrush); // the line end is the change
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("diffHint"))->isVisible());
        keepScreenshot(&dialog, QStringLiteral("diff-crlf.png"));
    }

    void minifiedFileShowsTheChange()
    {
        const QByteArray before = minifiedConfig();
        QVERIFY(before.size() >= 5000);
        QByteArray after = before;
        after.replace("ws://10.21.3.40:8888", "wss://10.21.3.40:8433");
        DiffDialog dialog(
            QStringLiteral("Review Changes"),
            QStringLiteral("These lines of eucwebconfig.json change (the file on disk against what will "
                           "be written). A backup of the current file is written first."),
            UnifiedDiff::format(before, after, QStringLiteral("a/eucwebconfig.json"),
                                QStringLiteral("b/eucwebconfig.json")),
            QStringLiteral("Save"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString text = dialog.diffText();
        QVERIFY2(unreadable(text).isEmpty(), qPrintable(unreadable(text)));
        QVERIFY2(missingGlyphs(dialog.view()).isEmpty(), qPrintable(missingGlyphs(dialog.view())));
        for (const QString &line : text.split(u'\n'))
            QVERIFY2(line.size() < 300, qPrintable(line));
        const QTextBlock removed =
            blockContaining(dialog.view(), QStringLiteral("\"ws://10.21.3.40:8888/kurento\""));
        const QTextBlock added =
            blockContaining(dialog.view(), QStringLiteral("\"wss://10.21.3.40:8433/kurento\""));
        QVERIFY(removed.isValid() && added.isValid());
        QVERIFY(removed.text().startsWith(QStringLiteral("-…")) &&
                removed.text().endsWith(QStringLiteral("…")));
        QVERIFY(added.text().startsWith(QStringLiteral("+…")) && added.text().endsWith(QStringLiteral("…")));
        QVERIFY(formatAt(added, QStringLiteral("8433")).background().style() != Qt::NoBrush);
        QVERIFY(formatAt(removed, QStringLiteral("8888/")).background().style() != Qt::NoBrush);
        QVERIFY(text.contains(QStringLiteral("\\ No newline at end of file")));
        // The whole change fits the dialog: no scrolling sideways to find it.
        const int textWidth = QFontMetrics(dialog.view()->font()).horizontalAdvance(added.text());
        QVERIFY2(textWidth < dialog.view()->viewport()->width(), qPrintable(QString::number(textWidth)));
        keepScreenshot(&dialog, QStringLiteral("diff-minified.png"));
    }

    void largeDiffOpensQuickly()
    {
        QByteArray before, after;
        for (int i = 0; i < 30000; ++i) {
            before += "         \"url\": \"ws://10.21.3." + QByteArray::number(i) + ":8888/kurento\",\n";
            after += "         \"url\": \"wss://10.21.3." + QByteArray::number(i) + ":8433/kurento\",\n";
        }
        QElapsedTimer timer;
        timer.start();
        DiffDialog dialog(QStringLiteral("Review"), QString(),
                          UnifiedDiff::format(before, after, QStringLiteral("a/x"), QStringLiteral("b/x")),
                          QStringLiteral("Save"));
        qInfo("a diff of 30,000 changed lines: %lld ms", static_cast<long long>(timer.elapsed()));
        QCOMPARE(dialog.view()->document()->blockCount(), 3 + 60000);
        QVERIFY(timer.elapsed() < 20000);
    }

    void textThatIsNotADiffStaysReadable()
    {
        DiffDialog dialog(QStringLiteral("Review"), QString(), QByteArray("no diff\r\nat \x01 all\r\n"),
                          QStringLiteral("Save"));
        QCOMPARE(dialog.diffText(), QStringLiteral("no diff<0x0D>\nat <0x01> all<0x0D>"));
    }

    void emptyDiff()
    {
        DiffDialog dialog(QStringLiteral("Review"), QString(), QByteArray(), QStringLiteral("Save"));
        QVERIFY(dialog.diffText().isEmpty());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("diffHint"))->isVisibleTo(&dialog));
    }
};

QTEST_MAIN(TestDiffDialog)
#include "tst_diffdialog.moc"
