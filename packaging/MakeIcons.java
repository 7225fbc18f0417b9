import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Makes the Windows and macOS icons from the PNG sizes in assets/ (themselves rendered from
 * assets/icon.svg): {@code java packaging/MakeIcons.java assets}. Both formats hold the PNGs as
 * they are. Run again after changing the icon; the outputs are committed.
 */
public final class MakeIcons {

    public static void main(String[] args) throws IOException {
        Path assets = Path.of(args.length > 0 ? args[0] : "assets");
        ico(assets, new int[] {16, 32, 48, 64, 128, 256});
        icns(assets);
    }

    /** ICO: a directory of entries, each a whole PNG (read by Windows Vista and later). */
    private static void ico(Path assets, int[] sizes) throws IOException {
        byte[][] images = new byte[sizes.length][];
        for (int i = 0; i < sizes.length; i++) {
            images[i] = Files.readAllBytes(assets.resolve("icon-" + sizes[i] + ".png"));
        }
        int offset = 6 + 16 * sizes.length;
        ByteBuffer header = ByteBuffer.allocate(offset).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        for (int i = 0; i < sizes.length; i++) {
            header.put((byte) (sizes[i] >= 256 ? 0 : sizes[i])).put((byte) (sizes[i] >= 256 ? 0 : sizes[i]));
            header.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            header.putInt(images[i].length).putInt(offset);
            offset += images[i].length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(header.array());
        for (byte[] image : images) {
            out.write(image);
        }
        Files.write(assets.resolve("icon.ico"), out.toByteArray());
    }

    /** ICNS: "icns", the file length, then typed PNG entries (big-endian lengths include the 8-byte entry header). */
    private static void icns(Path assets) throws IOException {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic11", 32);  // 16 pt at 2x
        types.put("ic12", 64);  // 32 pt at 2x
        types.put("ic13", 256); // 128 pt at 2x
        types.put("ic14", 512); // 256 pt at 2x
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(entries);
        for (Map.Entry<String, Integer> type : types.entrySet()) {
            byte[] png = Files.readAllBytes(assets.resolve("icon-" + type.getValue() + ".png"));
            data.writeBytes(type.getKey());
            data.writeInt(png.length + 8);
            data.write(png);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream icns = new DataOutputStream(file);
        icns.writeBytes("icns");
        icns.writeInt(entries.size() + 8);
        entries.writeTo(icns);
        Files.write(assets.resolve("icon.icns"), file.toByteArray());
    }
}
