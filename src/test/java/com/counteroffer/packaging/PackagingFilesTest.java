package com.counteroffer.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The icons each platform's installer needs, and the Linux menu entry, are present and well formed. */
class PackagingFilesTest {

    @Test
    void theWindowsIconHoldsEverySizeAsAReadablePng() throws IOException {
        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(Path.of("assets", "icon.ico"))).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(ico.getShort(0)).isZero();
        assertThat(ico.getShort(2)).isEqualTo((short) 1);
        int count = ico.getShort(4);
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int entry = 6 + 16 * i;
            int declared = Byte.toUnsignedInt(ico.get(entry)) == 0 ? 256 : Byte.toUnsignedInt(ico.get(entry));
            byte[] png = new byte[ico.getInt(entry + 8)];
            ico.get(ico.getInt(entry + 12), png);
            assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(declared);
            sizes.add(declared);
        }
        assertThat(sizes).contains(16, 32, 48, 256);
    }

    @Test
    void theMacIconsLengthsAddUpAndHoldPngs() throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of("assets", "icon.icns"));
        ByteBuffer icns = ByteBuffer.wrap(bytes);
        assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("icns");
        assertThat(icns.getInt(4)).isEqualTo(bytes.length);
        List<String> types = new ArrayList<>();
        for (int at = 8; at < bytes.length; at += icns.getInt(at + 4)) {
            types.add(new String(bytes, at, 4, StandardCharsets.US_ASCII));
            byte[] png = new byte[icns.getInt(at + 4) - 8];
            icns.get(at + 8, png);
            assertThat(ImageIO.read(new ByteArrayInputStream(png))).as(types.get(types.size() - 1)).isNotNull();
        }
        assertThat(types).contains("ic07", "ic08", "ic09");
    }

    @Test
    void theLinuxMenuEntryIsAJpackageTemplateForTheLauncher() throws IOException {
        String desktop = Files.readString(Path.of("packaging", "linux", "Counteroffer.desktop"));
        assertThat(desktop).startsWith("[Desktop Entry]").contains("Exec=APPLICATION_LAUNCHER")
                .contains("Icon=APPLICATION_ICON").contains("Type=Application").contains("Categories=Office;");
    }
}
