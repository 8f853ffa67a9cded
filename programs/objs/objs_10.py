from dsl import *


def objs_0200(I):
    x1 = objects(I, F, T, T)
    x2 = colorfilter(x1, FIVE)
    x3 = compose(size, delta)
    x4 = argmin(x2, x3)
    x5 = shape(I)
    x6 = mostcolor(I)
    x7 = canvas(x6, x5)
    x8 = objects(I, T, F, T)
    x9 = argmin(x8, width)
    x10 = sizefilter(x8, ONE)
    x11 = first(x10)
    x12 = gravitate(x11, x9)
    x13 = move(x7, x11, x12)
    x14 = subgrid(x4, x13)
    x15 = argmin(x10, size)
    x16 = lbind(manhattan, x15)
    x17 = fork(subtract, color, x16)
    x18 = argmax(x8, x17)
    O = fill(x14, x6, x18)
    return O


def objs_0201(I):
    x1 = lbind(astuple, THREE)
    x2 = objects(I, F, F, T)
    x3 = argmax(x2, numcolors)
    x4 = height(x3)
    x5 = x1(x4)
    x6 = multiply(x5, NEG_ONE)
    x7 = dneighbors(x6)
    x8 = centerofmass(x7)
    x9 = hfrontier(x8)
    x10 = objects(I, T, F, T)
    x11 = argmin(x10, width)
    x12 = gravitate(x11, x9)
    x13 = move(I, x11, x12)
    O = subgrid(x7, x13)
    return O


def objs_0202(I):
    x1 = objects(I, T, F, T)
    x2 = sfilter(x1, portrait)
    x3 = argmin(x1, leftmost)
    x4 = leastcolor(x3)
    x5 = colorfilter(x2, x4)
    x6 = compose(uppermost, hmirror)
    x7 = argmin(x5, x6)
    O = paint(I, x7)
    return O


def objs_0203(I):
    x1 = fgpartition(I)
    x2 = argmin(x1, height)
    x3 = paint(I, x2)
    x4 = vconcat(I, x3)
    x5 = hmirror(x4)
    x6 = compress(x5)
    x7 = first(x1)
    x8 = subgrid(x7, x6)
    x9 = lbind(colorcount, x8)
    x10 = rbind(add, THREE)
    x11 = chain(x10, x9, lowermost)
    x12 = argmin(x1, x11)
    x13 = rbind(index, ORIGIN)
    x14 = shape(I)
    x15 = leastcolor(I)
    x16 = canvas(x15, x14)
    x17 = x13(x16)
    O = fill(x6, x17, x12)
    return O


def objs_0204(I):
    x1 = objects(I, F, F, T)
    x2 = asobject(I)
    x3 = center(x2)
    x4 = rbind(shift, x3)
    x5 = apply(x4, x1)
    x6 = mostcolor(I)
    x7 = matcher(leastcolor, x6)
    x8 = fork(either, x7, hline)
    x9 = extract(x5, x8)
    x10 = paint(I, x9)
    x11 = ineighbors(x3)
    x12 = shift(x11, x3)
    x13 = toobject(x12, x10)
    O = paint(x10, x13)
    return O


def objs_0205(I):
    x1 = fork(connect, llcorner, urcorner)
    x2 = objects(I, T, F, T)
    x3 = mapply(x1, x2)
    x4 = corners(x3)
    x5 = difference(x3, x4)
    x6 = argmin(x2, height)
    x7 = color(x6)
    O = fill(I, x7, x5)
    return O


def objs_0206(I):
    x1 = fgpartition(I)
    x2 = first(x1)
    x3 = paint(I, x2)
    x4 = hmirror(x3)
    x5 = paint(x4, x2)
    x6 = fork(both, vline, square)
    x7 = compose(flip, x6)
    x8 = sfilter(x1, x7)
    x9 = order(x8, uppermost)
    x10 = first(x9)
    O = fill(x5, FIVE, x10)
    return O


def objs_0207(I):
    x1 = asobject(I)
    x2 = paint(I, x1)
    x3 = objects(I, T, T, T)
    x4 = inbox(x1)
    x5 = lbind(vmatching, x4)
    x6 = mfilter(x3, x5)
    x7 = lbind(colorcount, I)
    x8 = palette(I)
    x9 = argmin(x8, x7)
    x10 = underfill(x2, x9, x6)
    x11 = paint(x10, x1)
    x12 = compose(ulcorner, inbox)
    x13 = compose(dmirror, hfrontier)
    x14 = compose(x13, x12)
    x15 = mapply(x14, x3)
    x16 = recolor(x9, x15)
    O = paint(x11, x16)
    return O


def objs_0208(I):
    x1 = fgpartition(I)
    x2 = argmax(x1, color)
    x3 = shape(x2)
    x4 = lbind(colorcount, I)
    x5 = palette(x2)
    x6 = argmin(x5, x4)
    x7 = canvas(x6, x3)
    x8 = dmirror(x7)
    x9 = inbox(x2)
    O = cover(x8, x9)
    return O


def objs_0209(I):
    x1 = objects(I, T, T, T)
    x2 = first(x1)
    x3 = corners(x2)
    x4 = lbind(position, x3)
    x5 = fork(astuple, leastcolor, height)
    x6 = fork(subtract, x4, x5)
    x7 = apply(x6, x1)
    x8 = urcorner(x7)
    x9 = llcorner(x2)
    x10 = add(x8, x9)
    x11 = subtract(x10, x10)
    x12 = shift(x7, x11)
    O = fill(I, FOUR, x12)
    return O


def objs_0210(I):
    x1 = objects(I, T, T, F)
    x2 = argmin(x1, size)
    x3 = palette(x2)
    x4 = minimum(x3)
    x5 = leastcolor(I)
    x6 = ofcolor(I, x5)
    x7 = manhattan(x2, x6)
    x8 = greater(x4, x7)
    x9 = fork(either, hline, hline)
    x10 = sfilter(x1, x9)
    x11 = first(x10)
    x12 = argmax(x1, width)
    x13 = branch(x8, x11, x12)
    O = move(I, x13, TWO_BY_ZERO)
    return O


def objs_0211(I):
    x1 = objects(I, T, T, F)
    x2 = argmin(x1, width)
    x3 = shape(x2)
    x4 = leastcolor(I)
    x5 = canvas(x4, x3)
    x6 = rbind(colorcount, x4)
    x7 = argmin(x1, x6)
    x8 = recolor(THREE, x7)
    x9 = paint(x5, x8)
    x10 = first(x1)
    x11 = normalize(x10)
    O = move(x9, x11, x3)
    return O


def objs_0212(I):
    x1 = lbind(apply, hmirror)
    x2 = fgpartition(I)
    x3 = x1(x2)
    x4 = sizefilter(x3, ONE)
    x5 = first(x4)
    x6 = color(x5)
    x7 = matcher(mostcolor, x6)
    x8 = compose(flip, x7)
    x9 = compose(flip, x8)
    x10 = sfilter(x4, x9)
    O = mfilter(x10, x9)
    return O


def objs_0213(I):
    x1 = objects(I, T, F, T)
    x2 = leastcolor(I)
    x3 = ofcolor(I, x2)
    x4 = delta(x3)
    x5 = intersection(x3, x4)
    x6 = mapply(hfrontier, x5)
    x7 = toobject(x6, I)
    x8 = argmax(x1, mostcolor)
    x9 = lbind(position, x8)
    x10 = x9(x8)
    O = move(I, x7, x10)
    return O


def objs_0214(I):
    x1 = objects(I, F, T, T)
    x2 = fork(multiply, lowermost, height)
    x3 = order(x1, x2)
    x4 = last(x3)
    x5 = hmirror(I)
    x6 = argmax(x1, size)
    x7 = leastcolor(I)
    x8 = fill(x5, x7, x6)
    x9 = subgrid(x4, x8)
    x10 = center(x6)
    x11 = ineighbors(x10)
    x12 = mapply(dneighbors, x11)
    x13 = shape(x12)
    O = move(x9, x6, x13)
    return O


def objs_0215(I):
    x1 = objects(I, F, T, T)
    x2 = compose(color, hmirror)
    x3 = argmax(x1, numcolors)
    x4 = x2(x3)
    x5 = rbind(colorcount, x4)
    x6 = argmin(x1, x5)
    x7 = rbind(fill, x6)
    x8 = rbind(x7, x4)
    x9 = bordering(x6, I)
    x10 = rbind(subgrid, I)
    x11 = toindices(x3)
    x12 = x10(x11)
    x13 = branch(x9, I, x12)
    x14 = x8(x13)
    O = underfill(x14, x4, x3)
    return O


def objs_0216(I):
    x1 = objects(I, F, T, T)
    x2 = leastcolor(I)
    x3 = colorfilter(x1, x2)
    x4 = chain(size, ineighbors, centerofmass)
    x5 = fork(greater, x4, color)
    x6 = extract(x3, x5)
    x7 = fill(I, NINE, x6)
    O = cover(x7, x6)
    return O


def objs_0217(I):
    x1 = palette(I)
    x2 = mostcolor(I)
    x3 = other(x1, x2)
    x4 = ofcolor(I, x3)
    x5 = objects(I, T, F, T)
    x6 = first(x5)
    x7 = color(x6)
    x8 = fill(I, x7, x6)
    x9 = chain(leftmost, toindices, dmirror)
    x10 = order(x5, x9)
    x11 = last(x10)
    x12 = fill(x8, x7, x11)
    x13 = subgrid(x4, x12)
    O = fill(x13, EIGHT, x11)
    return O


def objs_0218(I):
    x1 = fgpartition(I)
    x2 = last(x1)
    x3 = objects(I, T, T, T)
    x4 = compose(invert, numcolors)
    x5 = argmin(x3, x4)
    x6 = mostcolor(x5)
    x7 = underfill(I, x6, x2)
    x8 = color(x5)
    x9 = ofcolor(I, x8)
    O = cover(x7, x9)
    return O


def objs_0219(I):
    x1 = compose(trim, lefthalf)
    x2 = power(hmirror, TWO)
    x3 = objects(I, F, F, T)
    x4 = first(x3)
    x5 = rbind(paint, x4)
    x6 = chain(x5, x2, x1)
    x7 = x6(I)
    x8 = rot270(x7)
    x9 = merge(x3)
    O = fill(x8, ZERO, x9)
    return O
