import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Writes N distinct phone-sized JPEGs for the benchmarks (no ImageMagick needed):
 * {@code java scripts/FakePhotos.java DIR N}. Each is 2000×1500, smooth colour with noise, about
 * the size of a phone photo of a pay stub; the seed is its number, so runs are repeatable.
 */
public class FakePhotos {
    public static void main(String[] args) throws Exception {
        File dir = new File(args[0]);
        int n = Integer.parseInt(args[1]);
        for (int i = 1; i <= n; i++) {
            Random random = new Random(i);
            BufferedImage image = new BufferedImage(2000, 1500, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 1500; y++) {
                for (int x = 0; x < 2000; x++) {
                    int r = (x * 255 / 2000 + random.nextInt(40)) & 0xFF;
                    int g = (y * 255 / 1500 + random.nextInt(40)) & 0xFF;
                    int b = ((x + y + i * 37) % 256 + random.nextInt(40)) & 0xFF;
                    image.setRGB(x, y, (r << 16) | (g << 8) | b);
                }
            }
            ImageIO.write(image, "jpg", new File(dir, "photo-" + i + ".jpg"));
        }
    }
}
