package org.spinflow.ui.training;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.spinflow.interpreter.Trainer;

/**
 * The Training view: a live JFreeChart of loss and accuracy per epoch (rendered to a PNG and shown in an SWT
 * canvas) and the per-epoch table of the running (or last) training job.
 */
public class TrainingView extends ViewPart implements TrainingListener {
    private Label status;
    private Canvas canvas;
    private Table table;
    private Image chartImage;
    private final XYSeries loss = new XYSeries("loss");
    private final XYSeries trainAcc = new XYSeries("train accuracy");
    private final XYSeries valAcc = new XYSeries("validation accuracy");
    private int step;

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        status = new Label(root, SWT.NONE);
        status.setText("No training run yet: Run > Train Network");
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        SashForm sash = new SashForm(root, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas = new Canvas(sash, SWT.DOUBLE_BUFFERED);
        canvas.addPaintListener(e -> {
            if (chartImage != null && !chartImage.isDisposed()) {
                e.gc.drawImage(chartImage, 0, 0);
            }
        });
        canvas.addListener(SWT.Resize, e -> renderChart());
        table = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String c : new String[] {"fold", "epoch", "loss", "train acc %", "val acc %", "seconds"}) {
            TableColumn col = new TableColumn(table, SWT.RIGHT);
            col.setText(c);
            col.setWidth(c.length() > 6 ? 90 : 60);
        }
        sash.setWeights(3, 2);
        TrainingListener.LISTENERS.add(this);
    }

    private void ui(Runnable r) {
        Display d = getSite().getShell().getDisplay();
        d.asyncExec(() -> {
            if (table != null && !table.isDisposed()) {
                r.run();
            }
        });
    }

    @Override
    public void started(TrainingJob job) {
        ui(() -> {
            loss.clear();
            trainAcc.clear();
            valAcc.clear();
            step = 0;
            table.removeAll();
            status.setText("Training " + job.getFile().getFullPath() + " …");
            renderChart();
        });
    }

    @Override
    public void epoch(TrainingJob job, Trainer.EpochReport r) {
        ui(() -> add(r));
    }

    /** Adds one epoch to the chart and the table. */
    public void add(Trainer.EpochReport r) {
        step++;
        loss.add(step, r.loss());
        trainAcc.add(step, 100 * r.trainAccuracy());
        if (!Double.isNaN(r.validationAccuracy()) && r.validationAccuracy() >= 0) {
            valAcc.add(step, 100 * r.validationAccuracy());
        }
        TableItem it = new TableItem(table, SWT.NONE);
        it.setText(new String[] {r.fold() < r.folds() ? Integer.toString(r.fold() + 1) : "all", Integer.toString(r.epoch() + 1), String.format("%.4f", r.loss()),
                String.format("%.1f", 100 * r.trainAccuracy()),
                Double.isNaN(r.validationAccuracy()) || r.validationAccuracy() < 0 ? "" : String.format("%.1f", 100 * r.validationAccuracy()),
                String.format("%.2f", r.seconds())});
        table.showItem(it);
        status.setText(TrainingJob.describe(r));
        renderChart();
    }

    @Override
    public void finished(TrainingJob job, Trainer.Result result, String message) {
        ui(() -> status.setText(message));
    }

    /** The chart as JFreeChart draws it (two range axes: loss and accuracy in percent). */
    public JFreeChart chart() {
        JFreeChart chart = ChartFactory.createXYLineChart("Training", "epoch (all folds)", "loss", new XYSeriesCollection(loss),
                PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        XYSeriesCollection acc = new XYSeriesCollection();
        acc.addSeries(trainAcc);
        acc.addSeries(valAcc);
        NumberAxis accAxis = new NumberAxis("accuracy %");
        accAxis.setRange(0, 100);
        plot.setRangeAxis(1, accAxis);
        plot.setDataset(1, acc);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, new XYLineAndShapeRenderer(true, false));
        return chart;
    }

    private void renderChart() {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        Point size = canvas.getSize();
        if (size.x < 50 || size.y < 50) {
            return;
        }
        BufferedImage img = chart().createBufferedImage(size.x, size.y);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", png);
        } catch (IOException e) {
            return;
        }
        Image old = chartImage;
        chartImage = new Image(canvas.getDisplay(), new ByteArrayInputStream(png.toByteArray()));
        if (old != null) {
            old.dispose();
        }
        canvas.redraw();
    }

    public Table getTable() {
        return table;
    }

    public String getStatus() {
        return status.getText();
    }

    /** Points on the loss curve (tests). */
    public int chartPoints() {
        return loss.getItemCount();
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    public void dispose() {
        TrainingListener.LISTENERS.remove(this);
        if (chartImage != null) {
            chartImage.dispose();
        }
        super.dispose();
    }
}
