import { numberFormat } from './formats'

/** Formats an amount in the widget's locale, as currency where the currency is known. */
export const formatPrice = (amount: number, locale: string, currency?: string): string => {
  try {
    return numberFormat(locale, currency ? { style: 'currency', currency } : undefined).format(amount)
  } catch {
    return String(amount)
  }
}

/** A discount as the locale writes a negative percent: `-25%`, `-25 %`. */
export const formatDiscount = (percent: number, locale: string): string =>
  numberFormat(locale, { style: 'percent' }).format(-percent / 100)
