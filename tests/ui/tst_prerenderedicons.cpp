#include "prerenderedicons.h"

#include <QDir>
#include <QResource>
#include <QtTest>

#include <cstring>

// The icons drawn at build time are read from the application's resources. Whatever those bytes
// are, reading them must not go outside them: damaged data is refused whole, and every icon is
// then drawn from its SVG.
class tst_PrerenderedIcons : public QObject
{
    Q_OBJECT

private:
    static QByteArray built()
    {
        const QResource resource(QStringLiteral(":/galileo/prerendered-icons.bin"));
        return QByteArray(reinterpret_cast<const char *>(resource.data()), resource.size());
    }

    // `bytes` copied to memory aligned as the resource is, so that only the data is tested.
    static int count(const QByteArray &bytes)
    {
        std::vector<quint32> aligned(size_t(bytes.size() / 4 + 1));
        std::memcpy(aligned.data(), bytes.constData(), size_t(bytes.size()));
        return PrerenderedIcons::countDrawings(reinterpret_cast<const uchar *>(aligned.data()),
                                               bytes.size());
    }

private slots:
    void holdsEveryBundledDrawing()
    {
        const QResource resource(QStringLiteral(":/galileo/prerendered-icons.bin"));
        QVERIFY(resource.isValid());
        QCOMPARE(resource.compressionAlgorithm(), QResource::NoCompression);
        const int drawings =
            int(QDir(QStringLiteral(":/galileo/icons/actions")).entryList(QDir::Files).size() +
                QDir(QStringLiteral(":/galileo/icons/status")).entryList(QDir::Files).size() + 1);
        QCOMPARE(count(built()), drawings);
        for (const int size : {16, 24, 32, 48}) {
            const PrerenderedIcons::Found found =
                PrerenderedIcons::find(QStringLiteral(":/galileo/icons/reveal.svg"), {size, size});
            QVERIFY(!found.image.isNull());
            QVERIFY(found.mask);
            QCOMPARE(found.image.format(), QImage::Format_Alpha8);
        }
        QVERIFY(PrerenderedIcons::find(QStringLiteral(":/galileo/icons/reveal.svg"), {20, 20})
                    .image.isNull());
        QVERIFY(
            PrerenderedIcons::naturalSize(QStringLiteral(":/galileo/icons/no-such.svg")).isEmpty());
    }

    void truncatedDataIsRefused()
    {
        const QByteArray bytes = built();
        // Every length inside the index and its first images, then a stride through the rest.
        for (qsizetype length = 0; length < bytes.size(); length += length < 4096 ? 1 : 509)
            QVERIFY2(count(bytes.left(length)) == -1, qPrintable(QString::number(length)));
        QCOMPARE(count(bytes.left(bytes.size() - 1)), -1);
    }

    void damagedIndexIsReadWithinTheData()
    {
        const QByteArray bytes = built();
        // Each byte of the index, changed: the reader either refuses the data or reads other
        // names and sizes, never outside the bytes (the sanitizer build checks that).
        const qsizetype index = qMin<qsizetype>(bytes.size(), 2048);
        for (qsizetype at = 0; at < index; ++at) {
            for (const char change : {char(0xff), char(0x80), char(0x01)}) {
                QByteArray damaged = bytes;
                damaged[at] = char(damaged[at] ^ change);
                const int drawings = count(damaged);
                QVERIFY(drawings == -1 || drawings > 0);
            }
        }
    }

    void misalignedDataIsRefused()
    {
        const QByteArray bytes = built();
        std::vector<quint32> buffer(size_t(bytes.size() / 4 + 2));
        auto *shifted = reinterpret_cast<uchar *>(buffer.data()) + 1;
        std::memcpy(shifted, bytes.constData(), size_t(bytes.size()));
        QCOMPARE(PrerenderedIcons::countDrawings(shifted, bytes.size()), -1);
    }
};

QTEST_MAIN(tst_PrerenderedIcons)
#include "tst_prerenderedicons.moc"
