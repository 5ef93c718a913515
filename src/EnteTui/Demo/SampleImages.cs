using SkiaSharp;

namespace EnteTui.Demo;

/// <summary>Small generated JPEG "photos" (a sky, a sun, hills), different for every seed.</summary>
public static class SampleImages
{
    /// <summary>A JPEG; <paramref name="sunAt"/> (0..1 across the width) places the sun, so video frames can move it.</summary>
    public static byte[] Jpeg(int seed, int width = 640, int height = 480, float? sunAt = null)
    {
        var random = new Random(seed);
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        var canvas = surface.Canvas;
        var hue = random.Next(360);
        using (var sky = new SKPaint())
        {
            sky.Shader = SKShader.CreateLinearGradient(
                new SKPoint(0, 0),
                new SKPoint(0, height),
                [SKColor.FromHsl(hue, 60, 70), SKColor.FromHsl((hue + 40) % 360, 50, 90)],
                SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, width, height, sky);
        }

        using (var sun = new SKPaint { Color = SKColor.FromHsl(45, 95, 65), IsAntialias = true })
        {
            var x = random.Next(width / 5, width * 4 / 5);
            var y = random.Next(height / 8, height / 3);
            var r = random.Next(Math.Max(4, width / 25), Math.Max(6, width / 10));
            canvas.DrawCircle(sunAt is { } at ? at * width : x, y, r, sun);
        }

        for (var layer = 0; layer < 3; layer++)
        {
            using var hill = new SKPaint { Color = SKColor.FromHsl((hue + 120 + (layer * 15)) % 360, 35, 45 - (layer * 10)), IsAntialias = true };
            using var builder = new SKPathBuilder();
            var baseLine = height * (0.55f + (layer * 0.12f));
            builder.MoveTo(0, height);
            for (var x = 0; x <= width; x += width / 8)
            {
                builder.LineTo(x, baseLine - random.Next(0, height / 6));
            }

            builder.LineTo(width, height);
            builder.Close();
            using var path = builder.Detach();
            canvas.DrawPath(path, hill);
        }

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 80);
        return data.ToArray();
    }
}
