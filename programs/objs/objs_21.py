from dsl import *


def objs_0420(I):
    x1 = objects(I, T, T, T)
    x2 = sizefilter(x1, THREE)
    x3 = mostcolor(I)
    x4 = rbind(colorcount, x3)
    x5 = argmin(x2, x4)
    x6 = box(x5)
    x7 = argmin(x1, width)
    x8 = gravitate(x7, x6)
    x9 = move(I, x7, x8)
    O = underfill(x9, x3, x7)
    return O


def objs_0421(I):
    x1 = objects(I, F, T, T)
    x2 = first(x1)
    x3 = argmax(x1, uppermost)
    x4 = ulcorner(x3)
    x5 = shift(x2, x4)
    x6 = underpaint(I, x5)
    x7 = recolor(FOUR, x2)
    x8 = objects(I, T, F, T)
    x9 = fork(recolor, color, box)
    x10 = mapply(x9, x8)
    x11 = leastcolor(x10)
    O = fill(x6, x11, x7)
    return O


def objs_0422(I):
    x1 = asobject(I)
    x2 = subgrid(x1, I)
    x3 = inbox(x1)
    x4 = color(x1)
    x5 = fill(x2, x4, x3)
    x6 = objects(I, T, F, T)
    x7 = fork(subtract, lowermost, leastcolor)
    x8 = argmax(x6, x7)
    x9 = argmin(x6, size)
    x10 = gravitate(x9, x8)
    x11 = move(x5, x9, x10)
    x12 = objects(I, T, T, T)
    x13 = sfilter(x12, vline)
    x14 = argmax(x13, leastcolor)
    x15 = paint(x11, x14)
    O = cover(x15, x14)
    return O


def objs_0423(I):
    x1 = objects(I, T, F, T)
    x2 = compose(portrait, hmirror)
    x3 = mfilter(x1, x2)
    x4 = shape(x3)
    x5 = mostcolor(x3)
    x6 = canvas(x5, x4)
    x7 = shift(x3, x4)
    x8 = paint(x6, x7)
    x9 = leastcolor(I)
    x10 = ofcolor(I, x9)
    O = cover(x8, x10)
    return O


def objs_0424(I):
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    x3 = toobject(x2, I)
    x4 = subgrid(x3, I)
    x5 = paint(x4, x3)
    x6 = subgrid(x3, x5)
    x7 = rbind(subgrid, x6)
    x8 = frontiers(I)
    x9 = last(x8)
    x10 = x7(x9)
    O = subgrid(x2, x10)
    return O


def objs_0425(I):
    x1 = objects(I, F, F, T)
    x2 = apply(cmirror, x1)
    x3 = sfilter(x2, hline)
    x4 = compose(initset, lrcorner)
    x5 = compose(x4, vmirror)
    x6 = chain(lowermost, dmirror, x5)
    x7 = argmax(x3, x6)
    O = cover(I, x7)
    return O


def objs_0426(I):
    x1 = objects(I, T, F, T)
    x2 = fork(add, leastcolor, width)
    x3 = argmin(x1, x2)
    x4 = shape(x3)
    x5 = color(x3)
    x6 = canvas(x5, x4)
    x7 = asindices(I)
    x8 = fill(x6, x5, x7)
    O = underfill(x8, x5, x7)
    return O


def objs_0427(I):
    x1 = rbind(sfilter, square)
    x2 = objects(I, T, F, T)
    x3 = x1(x2)
    x4 = compose(double, lowermost)
    x5 = argmax(x3, x4)
    x6 = rbind(shoot, RIGHT)
    x7 = argmax(x3, uppermost)
    x8 = shape(x7)
    x9 = x6(x8)
    x10 = fill(I, FOUR, x9)
    O = subgrid(x5, x10)
    return O


def objs_0428(I):
    x1 = asobject(I)
    x2 = shape(x1)
    x3 = fgpartition(I)
    x4 = argmax(x3, uppermost)
    x5 = color(x4)
    x6 = canvas(x5, x2)
    x7 = argmin(x3, numcolors)
    x8 = ulcorner(x7)
    x9 = crop(x6, x8, UP)
    x10 = lbind(colorcount, I)
    x11 = argmin(x3, size)
    x12 = palette(x11)
    x13 = argmin(x12, x10)
    x14 = lbind(recolor, x13)
    x15 = outbox(x11)
    x16 = x14(x15)
    O = paint(x9, x16)
    return O


def objs_0429(I):
    x1 = asobject(I)
    x2 = paint(I, x1)
    x3 = lbind(ofcolor, x2)
    x4 = x3(FOUR)
    x5 = color(x1)
    x6 = recolor(x5, x4)
    x7 = height(x6)
    O = equality(x7, ONE)
    return O


def objs_0430(I):
    x1 = objects(I, T, F, T)
    x2 = argmin(x1, height)
    x3 = lbind(manhattan, x2)
    x4 = order(x1, x3)
    x5 = last(x4)
    x6 = box(x5)
    x7 = shape(x6)
    x8 = compose(increment, centerofmass)
    x9 = fork(shift, identity, x8)
    x10 = fork(recolor, color, inbox)
    x11 = compose(mostcolor, dmirror)
    x12 = compose(x11, x10)
    x13 = compose(x12, x9)
    x14 = x13(x5)
    O = canvas(x14, x7)
    return O


def objs_0431(I):
    x1 = fgpartition(I)
    x2 = partition(I)
    x3 = combine(x1, x2)
    x4 = apply(normalize, x3)
    x5 = argmax(x4, leftmost)
    x6 = color(x5)
    x7 = rbind(colorcount, x6)
    x8 = argmin(x4, x7)
    x9 = color(x8)
    x10 = rbind(colorcount, x9)
    x11 = order(x4, x10)
    x12 = last(x11)
    x13 = shape(x12)
    O = canvas(x9, x13)
    return O


def objs_0432(I):
    x1 = fgpartition(I)
    x2 = objects(I, T, T, T)
    x3 = argmin(x2, width)
    x4 = lbind(hmatching, x3)
    x5 = mfilter(x1, x4)
    x6 = outbox(x5)
    x7 = shape(x6)
    x8 = mostcolor(I)
    x9 = canvas(x8, x7)
    x10 = leftmost(x5)
    x11 = equality(ONE, x10)
    x12 = objects(I, T, F, T)
    x13 = objects(I, F, F, T)
    x14 = colorfilter(x13, ZERO)
    x15 = branch(x11, x12, x14)
    x16 = fork(astuple, mostcolor, size)
    x17 = compose(cmirror, initset)
    x18 = compose(x17, x16)
    x19 = compose(width, x18)
    x20 = argmin(x15, x19)
    O = underpaint(x9, x20)
    return O


def objs_0433(I):
    x1 = tophalf(I)
    x2 = objects(x1, F, T, T)
    x3 = first(x2)
    x4 = paint(x1, x3)
    x5 = rbind(bordering, x4)
    x6 = mfilter(x2, x5)
    x7 = lrcorner(x6)
    x8 = neighbors(x7)
    x9 = color(x3)
    O = fill(x1, x9, x8)
    return O


def objs_0434(I):
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, uppermost)
    x3 = llcorner(x2)
    x4 = move(I, x2, x3)
    x5 = urcorner(x2)
    x6 = neighbors(x5)
    x7 = ulcorner(x6)
    x8 = argmin(x1, size)
    x9 = center(x8)
    x10 = crop(x4, x7, x9)
    x11 = merge(x1)
    x12 = underpaint(x10, x11)
    x13 = argmin(x1, width)
    x14 = lbind(adjacent, x13)
    x15 = extract(x1, x14)
    x16 = recolor(ZERO, x15)
    O = cover(x12, x16)
    return O


def objs_0435(I):
    x1 = objects(I, F, T, T)
    x2 = argmax(x1, leftmost)
    x3 = numcolors(x2)
    x4 = sizefilter(x1, x3)
    x5 = sizefilter(x4, ONE)
    x6 = last(x5)
    x7 = lbind(manhattan, x6)
    x8 = argmin(x4, x7)
    O = box(x8)
    return O


def objs_0436(I):
    x1 = partition(I)
    x2 = objects(I, T, T, T)
    x3 = sizefilter(x2, ONE)
    x4 = last(x3)
    x5 = corners(x4)
    x6 = lbind(hmatching, x5)
    x7 = extract(x1, x6)
    x8 = merge(x3)
    x9 = mostcolor(x8)
    O = fill(I, x9, x7)
    return O


def objs_0437(I):
    x1 = upscale(I, TWO)
    x2 = ofcolor(I, SIX)
    x3 = ulcorner(x2)
    x4 = shoot(x3, UP)
    x5 = rbind(shoot, UP_RIGHT)
    x6 = mapply(x5, x4)
    x7 = objects(I, T, T, T)
    x8 = sizefilter(x7, TWO)
    x9 = argmax(x8, color)
    x10 = color(x9)
    O = fill(x1, x10, x6)
    return O


def objs_0438(I):
    x1 = cmirror(I)
    x2 = objects(I, T, F, T)
    x3 = compose(width, cmirror)
    x4 = argmin(x2, x3)
    x5 = centerofmass(x4)
    x6 = rbind(index, x5)
    x7 = hconcat(x1, x1)
    x8 = x6(x7)
    x9 = fill(x1, x8, x4)
    x10 = cover(x9, x4)
    O = cover(x10, x4)
    return O


def objs_0439(I):
    x1 = objects(I, T, T, T)
    x2 = mostcolor(I)
    x3 = rbind(colorcount, x2)
    x4 = argmax(x1, x3)
    x5 = outbox(x4)
    x6 = normalize(x5)
    x7 = shape(x6)
    O = canvas(x2, x7)
    return O
