package org.blenddialer.web.campaigns;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.blenddialer.dialer.service.CampaignBreakdown;

/**
 * The dashboard's two charts of the day drawn as SVG shapes by the server (no chart script): dials
 * and connects per window as bars, and the abandon rate per window as a line under the campaign's
 * cap.
 *
 * @param bars one pair of bars per window
 * @param barTicks the count axis' marks
 * @param abandonPoints the abandon line's points ("x,y x,y"), windows without live answers skipped
 * @param abandonDots the line's points, for dots with a title
 * @param rateTicks the rate axis' marks
 * @param capY where the cap's line is drawn, or null without a cap
 * @param labels time labels under every few windows
 */
@TemplateData
public record DashboardChart(
    List<Bar> bars,
    List<Tick> barTicks,
    String abandonPoints,
    List<Dot> abandonDots,
    List<Tick> rateTicks,
    Double capY,
    List<Label> labels) {

  /** Width of the drawing area in SVG units. */
  public static final int WIDTH = 560;

  /** Height of the drawing area in SVG units (below it come the time labels). */
  public static final int HEIGHT = 180;

  /** Room on the left for the axis' marks. */
  public static final int LEFT = 52;

  /**
   * A window's two bars.
   *
   * @param x left edge
   * @param width width of one bar
   * @param dialsY top of the dials bar
   * @param dialsHeight its height
   * @param connectsY top of the connects bar
   * @param connectsHeight its height
   * @param title what a pointer over it shows
   */
  @TemplateData
  public record Bar(
      double x,
      double width,
      double dialsY,
      double dialsHeight,
      double connectsY,
      double connectsHeight,
      String title) {

    /** Left edge of the connects bar, right of the dials bar. */
    public double connectsX() {
      return x + width;
    }
  }

  /**
   * A mark on a vertical axis.
   *
   * @param y where
   * @param text what it says
   */
  @TemplateData
  public record Tick(double y, String text) {

    /** The base line of its text, centred on the mark. */
    public double textY() {
      return y + 4;
    }
  }

  /**
   * A point of the abandon line.
   *
   * @param x where
   * @param y where
   * @param title what a pointer over it shows
   */
  @TemplateData
  public record Dot(double x, double y, String title) {}

  /**
   * A time under the windows.
   *
   * @param x where
   * @param text the time
   */
  @TemplateData
  public record Label(double x, String text) {}

  /** Height of the whole drawing, time labels included. */
  public int totalHeight() {
    return HEIGHT + 24;
  }

  /** Width of the whole drawing. */
  public int viewWidth() {
    return WIDTH + 10;
  }

  /** Height of the whole drawing with room above the top mark. */
  public int viewHeight() {
    return totalHeight() + 10;
  }

  /** Where the axis' marks end (right-aligned). */
  public int axisX() {
    return LEFT - 6;
  }

  /** The base line of the time labels. */
  public int labelY() {
    return HEIGHT + 20;
  }

  /** Right end of the axis lines. */
  public int right() {
    return WIDTH;
  }

  /** Left end of the axis lines. */
  public int left() {
    return LEFT;
  }

  /** The base line of both charts. */
  public int bottom() {
    return HEIGHT;
  }

  /**
   * The charts of the windows.
   *
   * @param windows the day's windows, oldest first
   * @param cap the campaign's abandon cap as a ratio, or null
   * @param times the start of each window as the user writes times
   * @param count formats a count in the user's language
   * @param percent formats a ratio as a percentage in the user's language
   * @param barTitle the text over a window's bars, given its time, dials and connects
   */
  public static DashboardChart of(
      List<CampaignBreakdown.Window> windows,
      Double cap,
      List<String> times,
      Function<Long, String> count,
      Function<Double, String> percent,
      TriFunction barTitle) {
    int n = Math.max(1, windows.size());
    double slot = (double) (WIDTH - LEFT) / n;
    long maxDials = windows.stream().mapToLong(CampaignBreakdown.Window::dials).max().orElse(0);
    long top = niceCeiling(Math.max(4, maxDials));
    List<Bar> bars = new ArrayList<>();
    double maxRate = cap == null ? 0.05 : cap * 2;
    for (CampaignBreakdown.Window w : windows) {
      if (w.abandonRate() != null) {
        maxRate = Math.max(maxRate, w.abandonRate());
      }
    }
    maxRate = Math.ceil(maxRate * 100) / 100;
    StringBuilder line = new StringBuilder();
    List<Dot> dots = new ArrayList<>();
    for (int i = 0; i < windows.size(); i++) {
      CampaignBreakdown.Window w = windows.get(i);
      double x = LEFT + i * slot;
      double barWidth = Math.max(1, slot * 0.4);
      double dialsHeight = HEIGHT * (double) w.dials() / top;
      double connectsHeight = HEIGHT * (double) w.connected() / top;
      bars.add(
          new Bar(
              round(x + slot * 0.1),
              round(barWidth),
              round(HEIGHT - dialsHeight),
              round(dialsHeight),
              round(HEIGHT - connectsHeight),
              round(connectsHeight),
              barTitle.apply(times.get(i), count.apply(w.dials()), count.apply(w.connected()))));
      if (w.abandonRate() != null) {
        double cx = round(x + slot / 2);
        double cy = round(HEIGHT - HEIGHT * w.abandonRate() / maxRate);
        line.append(line.isEmpty() ? "" : " ")
            .append(String.format(Locale.ROOT, "%.1f,%.1f", cx, cy));
        dots.add(new Dot(cx, cy, times.get(i) + ": " + percent.apply(w.abandonRate())));
      }
    }
    List<Tick> barTicks = new ArrayList<>();
    List<Tick> rateTicks = new ArrayList<>();
    for (int k = 0; k <= 4; k++) {
      double y = round(HEIGHT - HEIGHT * k / 4.0);
      barTicks.add(new Tick(y, count.apply(top * k / 4)));
      rateTicks.add(new Tick(y, percent.apply(maxRate * k / 4)));
    }
    List<Label> labels = new ArrayList<>();
    int every = Math.max(1, (int) Math.ceil(windows.size() / 6.0));
    for (int i = 0; i < windows.size(); i += every) {
      labels.add(new Label(round(LEFT + i * slot), times.get(i)));
    }
    Double capY = cap == null ? null : round(HEIGHT - HEIGHT * cap / maxRate);
    return new DashboardChart(bars, barTicks, line.toString(), dots, rateTicks, capY, labels);
  }

  /** Makes a bar's title from its time, dials and connects. */
  @FunctionalInterface
  public interface TriFunction {
    /** The title. */
    String apply(String time, String dials, String connects);
  }

  private static long niceCeiling(long value) {
    long step = 1;
    while (step * 10 < value) {
      step *= 10;
    }
    long top = step;
    while (top < value) {
      top += step;
    }
    // Four equal steps on the axis: round up to a multiple of four.
    return (top + 3) / 4 * 4;
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
