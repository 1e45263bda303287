import FrontierCore

/// Where each panel goes. 80×24: title, sliders beside the plot, the ranking, status;
/// from 110×30 the economics panel sits beside the ranking and a cost breakdown under the
/// sliders; past 120×40 the ranking and the economics panel grow with the screen too (up to
/// two fifths of its height, three tenths of its width), not the plot alone.
struct ScreenLayout {
    let title: Rect, body: Rect, status: Rect
    let sliders: Rect, cost: Rect?, plot: Rect, ranking: Rect, economics: Rect?

    init(_ state: State, rows: Int) {
        let screen = Rect(x: 0, y: 0, width: state.width, height: state.height)
        let (title, rest) = screen.splitTop(1)
        let body = Rect(x: 0, y: rest.y, width: rest.width, height: rest.height - 1)
        self.title = title
        self.body = body
        status = Rect(x: 0, y: body.maxY, width: screen.width, height: 1)

        let wide = state.width >= 110 && state.height >= 30
        let sliderHeight = state.sliders.count + 2
        // Narrow, the ranking gets the rows it needs (heading, header, a row a model) up to
        // a cap; wide, it and the economics panel get two fifths, at least 16 rows. The
        // sliders and the plot get the rest, at least the sliders' height.
        let bottomHeight = wide ? max(16, body.height * 2 / 5) : min(max(6, rows + 2), 12)
        let topHeight = max(min(sliderHeight, body.height - 6), body.height - bottomHeight)
        let (top, bottom) = body.splitTop(topHeight)
        let (left, plot) = top.splitLeft(wide ? 40 : 34)
        let (sliders, below) = left.splitTop(sliderHeight)
        self.sliders = sliders
        cost = wide && below.height >= 6 ? below : nil
        self.plot = plot
        if wide {
            let (ranking, economics) = bottom.splitLeft(bottom.width - max(50, min(72, bottom.width * 3 / 10)))
            self.ranking = ranking
            self.economics = economics
        } else {
            ranking = bottom
            economics = nil
        }
    }
}
