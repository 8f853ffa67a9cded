from dsl import *


def objs_0360(I):
    x1 = objects(I, T, F, T)
    x2 = asobject(I)
    x3 = box(x2)
    x4 = center(x3)
    x5 = rbind(shift, x4)
    x6 = apply(x5, x1)
    x7 = sfilter(x6, hline)
    x8 = argmin(x7, leftmost)
    x9 = lbind(colorcount, I)
    x10 = palette(x8)
    x11 = sfilter(x10, even)
    x12 = argmax(x11, x9)
    O = fill(I, x12, x8)
    return O


def objs_0361(I):
    x1 = rbind(subgrid, I)
    x2 = objects(I, T, T, F)
    x3 = argmin(x2, leftmost)
    x4 = backdrop(x3)
    x5 = box(x4)
    x6 = inbox(x5)
    x7 = backdrop(x6)
    x8 = x1(x7)
    x9 = fgpartition(x8)
    x10 = sfilter(x9, vline)
    x11 = extract(x10, square)
    O = height(x11)
    return O


def objs_0362(I):
    x1 = rbind(argmin, rightmost)
    x2 = compose(hmirror, x1)
    x3 = compose(flip, hline)
    x4 = rbind(sfilter, x3)
    x5 = objects(I, F, F, T)
    x6 = argmax(x5, size)
    x7 = color(x6)
    x8 = colorfilter(x5, x7)
    x9 = x4(x8)
    x10 = x2(x9)
    O = paint(I, x10)
    return O


def objs_0363(I):
    x1 = objects(I, F, F, T)
    x2 = mostcolor(I)
    x3 = matcher(mostcolor, x2)
    x4 = mfilter(x1, x3)
    x5 = remove(x4, x1)
    x6 = first(x5)
    x7 = fill(I, x2, x4)
    x8 = inbox(x6)
    x9 = delta(x8)
    x10 = inbox(x9)
    x11 = outbox(x10)
    x12 = color(x6)
    x13 = fill(x7, x12, x11)
    x14 = underfill(x13, x12, x10)
    x15 = ulcorner(x9)
    x16 = crop(x14, x15, x15)
    O = subgrid(x6, x16)
    return O


def objs_0364(I):
    x1 = fgpartition(I)
    x2 = argmax(x1, size)
    x3 = center(x2)
    x4 = shift(x2, x3)
    x5 = upscale(I, TWO)
    x6 = leastcolor(I)
    x7 = ofcolor(I, x6)
    x8 = color(x2)
    x9 = fill(x5, x8, x7)
    x10 = subgrid(x4, x9)
    x11 = astuple(THREE, x8)
    x12 = shift(x4, x11)
    x13 = objects(I, T, T, T)
    x14 = argmin(x13, size)
    x15 = lbind(manhattan, x14)
    x16 = argmin(x13, x15)
    x17 = urcorner(x16)
    x18 = move(x10, x12, x17)
    O = paint(x18, x14)
    return O


def objs_0365(I):
    x1 = objects(I, F, F, F)
    x2 = compose(rightmost, inbox)
    x3 = argmin(x1, x2)
    x4 = normalize(x3)
    x5 = cover(I, x4)
    x6 = asindices(I)
    x7 = color(x4)
    x8 = recolor(x7, x6)
    x9 = corners(x8)
    x10 = recolor(x7, x9)
    O = underpaint(x5, x10)
    return O


def objs_0366(I):
    x1 = objects(I, T, F, T)
    x2 = sizefilter(x1, THREE)
    x3 = last(x2)
    x4 = box(x3)
    x5 = gravitate(x3, x4)
    x6 = shoot(x5, DOWN)
    x7 = lbind(colorcount, I)
    x8 = compose(x7, color)
    x9 = apply(x8, x1)
    x10 = argmax(x9, x7)
    x11 = fill(I, x10, x6)
    O = fill(x11, x10, x4)
    return O


def objs_0367(I):
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    x3 = shape(x2)
    x4 = partition(I)
    x5 = rbind(shift, x3)
    x6 = apply(x5, x4)
    x7 = merge(x6)
    x8 = color(x7)
    O = canvas(x8, x3)
    return O


def objs_0368(I):
    x1 = lefthalf(I)
    x2 = objects(I, T, F, F)
    x3 = argmin(x2, leftmost)
    x4 = toindices(x3)
    x5 = shape(x4)
    x6 = color(x3)
    x7 = canvas(x6, x5)
    x8 = rbind(bordering, x7)
    x9 = sfilter(x2, x8)
    x10 = rbind(shift, x5)
    x11 = mapply(x10, x9)
    O = underpaint(x1, x11)
    return O


def objs_0369(I):
    x1 = objects(I, F, T, T)
    x2 = chain(leftmost, box, vmirror)
    x3 = argmin(x1, x2)
    x4 = lrcorner(x3)
    x5 = hfrontier(x4)
    x6 = shape(I)
    x7 = canvas(SEVEN, x6)
    x8 = mostcolor(I)
    x9 = matcher(mostcolor, x8)
    x10 = mfilter(x1, x9)
    x11 = delta(x10)
    x12 = fill(x7, x8, x11)
    O = subgrid(x5, x12)
    return O


def objs_0370(I):
    x1 = objects(I, T, T, T)
    x2 = argmin(x1, color)
    x3 = underpaint(I, x2)
    x4 = partition(I)
    x5 = fork(subtract, leftmost, size)
    x6 = compose(positive, x5)
    x7 = compose(flip, x6)
    x8 = extract(x4, x7)
    x9 = leastcolor(I)
    O = fill(x3, x9, x8)
    return O


def objs_0371(I):
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    x3 = vmirror(x2)
    x4 = objects(I, T, F, T)
    x5 = chain(normalize, dmirror, dmirror)
    x6 = apply(x5, x4)
    x7 = first(x6)
    x8 = shape(x7)
    x9 = canvas(x1, x8)
    O = subgrid(x3, x9)
    return O


def objs_0372(I):
    x1 = objects(I, T, T, T)
    x2 = argmin(x1, size)
    x3 = toindices(x2)
    x4 = subgrid(x2, I)
    x5 = subgrid(x3, x4)
    x6 = leastcolor(I)
    x7 = recolor(x6, x3)
    x8 = fill(x5, ZERO, x7)
    x9 = fgpartition(I)
    x10 = fork(either, vline, hline)
    x11 = extract(x9, x10)
    x12 = center(x11)
    x13 = shift(x3, x12)
    x14 = mostcolor(I)
    O = fill(x8, x14, x13)
    return O


def objs_0373(I):
    x1 = ofcolor(I, THREE)
    x2 = box(x1)
    x3 = rbind(cover, x2)
    x4 = x3(I)
    x5 = objects(I, T, F, T)
    x6 = first(x5)
    x7 = paint(x4, x6)
    x8 = lbind(fill, x7)
    x9 = leastcolor(I)
    x10 = lbind(x8, x9)
    x11 = x10(x6)
    x12 = fill(x11, x9, x6)
    x13 = merge(x5)
    x14 = sizefilter(x5, THREE)
    x15 = last(x14)
    x16 = gravitate(x15, x2)
    O = move(x12, x13, x16)
    return O


def objs_0374(I):
    x1 = chain(centerofmass, box, inbox)
    x2 = compose(initset, x1)
    x3 = objects(I, T, F, T)
    x4 = argmax(x3, leftmost)
    x5 = color(x4)
    x6 = colorfilter(x3, x5)
    x7 = mapply(x2, x6)
    x8 = box(x7)
    O = inbox(x8)
    return O


def objs_0375(I):
    x1 = objects(I, F, T, T)
    x2 = first(x1)
    x3 = outbox(x2)
    x4 = centerofmass(x3)
    x5 = neighbors(x4)
    x6 = centerofmass(x5)
    x7 = hfrontier(x6)
    x8 = color(x2)
    x9 = matcher(mostcolor, x8)
    x10 = extract(x1, x9)
    x11 = shape(x10)
    x12 = canvas(FOUR, x11)
    O = subgrid(x7, x12)
    return O


def objs_0376(I):
    x1 = objects(I, T, F, T)
    x2 = first(x1)
    x3 = shape(x2)
    x4 = canvas(TWO, x3)
    x5 = centerofmass(x2)
    x6 = shoot(x5, UP_RIGHT)
    x7 = leastcolor(I)
    x8 = recolor(x7, x6)
    x9 = chain(dmirror, dmirror, hmirror)
    x10 = compose(mostcolor, x9)
    x11 = ofcolor(I, x7)
    x12 = mostcolor(I)
    x13 = recolor(x12, x11)
    x14 = x10(x13)
    x15 = fill(x4, x14, x8)
    O = fill(x15, x14, x13)
    return O


def objs_0377(I):
    x1 = objects(I, T, F, F)
    x2 = asobject(I)
    x3 = color(x2)
    x4 = colorfilter(x1, x3)
    x5 = argmin(x4, height)
    x6 = mostcolor(x5)
    x7 = matcher(mostcolor, x6)
    x8 = mfilter(x4, x7)
    x9 = paint(I, x8)
    O = underpaint(x9, x8)
    return O


def objs_0378(I):
    x1 = fgpartition(I)
    x2 = argmax(x1, leastcolor)
    x3 = shift(x2, TWO_BY_ZERO)
    x4 = asobject(I)
    x5 = box(x4)
    x6 = shape(x5)
    x7 = ulcorner(x4)
    x8 = rbind(index, x7)
    x9 = subgrid(x3, I)
    x10 = x8(x9)
    x11 = canvas(x10, x6)
    x12 = subgrid(x3, x11)
    x13 = inbox(x5)
    x14 = mapply(hfrontier, x13)
    x15 = intersection(x5, x14)
    O = fill(x12, x10, x15)
    return O


def objs_0379(I):
    x1 = asobject(I)
    x2 = subgrid(x1, I)
    x3 = paint(x2, x1)
    x4 = objects(x3, F, F, T)
    x5 = compose(flip, vline)
    x6 = mfilter(x4, x5)
    x7 = paint(x3, x6)
    x8 = sizefilter(x4, FOUR)
    x9 = argmin(x8, leftmost)
    x10 = paint(x7, x9)
    O = underpaint(x10, x9)
    return O
