package org.repcheck.cli;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** A stored (uncompressed) zip whose entries all have one name, as java.util.zip will not write it. */
final class ZipWithDuplicates {
    private ZipWithDuplicates() {
    }

    static byte[] of(String name, byte[]... contents) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        ByteArrayOutputStream central = new ByteArrayOutputStream();
        for (byte[] c : contents) {
            CRC32 crc = new CRC32();
            crc.update(c);
            int offset = zip.size();
            ByteBuffer local = le(30 + n.length).putInt(0x04034b50).putShort((short) 20).putShort((short) 0)
                    .putShort((short) 0).putShort((short) 0).putShort((short) 0x21).putInt((int) crc.getValue())
                    .putInt(c.length).putInt(c.length).putShort((short) n.length).putShort((short) 0).put(n);
            zip.writeBytes(local.array());
            zip.writeBytes(c);
            ByteBuffer cen = le(46 + n.length).putInt(0x02014b50).putShort((short) 20).putShort((short) 20)
                    .putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0x21)
                    .putInt((int) crc.getValue()).putInt(c.length).putInt(c.length).putShort((short) n.length)
                    .putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0)
                    .putInt(offset).put(n);
            central.writeBytes(cen.array());
        }
        int cdOffset = zip.size();
        zip.writeBytes(central.toByteArray());
        ByteBuffer end = le(22).putInt(0x06054b50).putShort((short) 0).putShort((short) 0)
                .putShort((short) contents.length).putShort((short) contents.length).putInt(central.size())
                .putInt(cdOffset).putShort((short) 0);
        zip.writeBytes(end.array());
        return zip.toByteArray();
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
